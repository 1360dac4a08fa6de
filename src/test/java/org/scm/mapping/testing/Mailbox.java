package org.scm.mapping.testing;

import static org.awaitility.Awaitility.await;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.scm.mapping.stack.StackSession;

/** The mail the app sent to the tests' mail server (GreenMail), read by recipient and subject. */
public final class Mailbox {

    /** One received e-mail, decoded. */
    public record Mail(String to, String subject, String body) {}

    private Mailbox() {}

    /** The demo address of a realm user. */
    public static String address(String username) {
        return username + "@scm-mapping.test";
    }

    /** Every mail received so far for {@code username} whose subject contains {@code marker}. */
    public static List<Mail> to(String username, String marker) {
        return all().stream()
                .filter(mail -> mail.to().equalsIgnoreCase(address(username)))
                .filter(mail -> mail.subject().contains(marker))
                .toList();
    }

    /** Waits (up to a minute) for exactly one mail to {@code username} whose subject contains {@code marker}. */
    public static Mail awaitOne(String username, String marker) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> !to(username, marker).isEmpty());
        List<Mail> found = to(username, marker);
        if (found.size() != 1) {
            throw new AssertionError("expected one mail to " + username + " about '" + marker + "', got " + found);
        }
        return found.get(0);
    }

    public static List<Mail> all() {
        return StackSession.current().mail().received().stream()
                .flatMap(message -> decoded(message).stream())
                .toList();
    }

    /** A message to several recipients counts once for each. */
    private static List<Mail> decoded(MimeMessage message) {
        try {
            String subject = message.getSubject();
            String body = String.valueOf(message.getContent());
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(address ->
                            new Mail(address.toString().replaceAll(".*<|>.*", ""), subject, body.replace("\r\n", "\n")))
                    .toList();
        } catch (MessagingException | IOException e) {
            throw new AssertionError("unreadable mail: " + e.getMessage(), e);
        }
    }
}
