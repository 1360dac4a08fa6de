package org.scm.mapping.stack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * The local SMTP server (GreenMail, in this JVM) that the app sends its e-mail to in the demo run and the
 * tests; with an IMAP port, any mail client reads it (user and password: the recipient's address). Tests
 * read what arrived with {@link #received()}, and take it down and up again to check that a mail server
 * that is down loses nothing.
 */
public final class MailServer implements AutoCloseable {

    static final String HOST = "127.0.0.1";

    private final int smtpPort;
    private final int imapPort;
    private final List<MimeMessage> before = new ArrayList<>();
    private GreenMail greenMail;

    private MailServer(int smtpPort, int imapPort) {
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
    }

    /** Starts SMTP on {@code smtpPort} and, unless it is 0, IMAP on {@code imapPort}. */
    static MailServer start(int smtpPort, int imapPort) {
        Ports.requireFree(smtpPort, "the local SMTP server", "scm.smtp.port");
        if (imapPort != 0) {
            Ports.requireFree(imapPort, "the local IMAP server", "scm.imap.port");
        }
        MailServer server = new MailServer(smtpPort, imapPort);
        server.up();
        return server;
    }

    /** Starts the server again (after {@link #down()}); what arrived before is kept. */
    public synchronized void up() {
        if (greenMail != null) {
            return;
        }
        List<ServerSetup> setups = new ArrayList<>(List.of(new ServerSetup(smtpPort, HOST, ServerSetup.PROTOCOL_SMTP)));
        if (imapPort != 0) {
            setups.add(new ServerSetup(imapPort, HOST, ServerSetup.PROTOCOL_IMAP));
        }
        GreenMail started = new GreenMail(setups.toArray(ServerSetup[]::new));
        try {
            started.start();
        } catch (RuntimeException e) {
            throw new StackException(
                    "The local mail server could not start on port " + smtpPort + ": " + e.getMessage(), e);
        }
        greenMail = started;
    }

    /** Stops the server: the app's mail waits until it is {@link #up()} again. */
    public synchronized void down() {
        if (greenMail != null) {
            before.addAll(List.of(greenMail.getReceivedMessages()));
            greenMail.stop();
            greenMail = null;
        }
    }

    /** Every message received so far, oldest first. */
    public synchronized List<MimeMessage> received() {
        List<MimeMessage> all = new ArrayList<>(before);
        if (greenMail != null) {
            all.addAll(List.of(greenMail.getReceivedMessages()));
        }
        return all;
    }

    public String host() {
        return HOST;
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    @Override
    public synchronized void close() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }
}
