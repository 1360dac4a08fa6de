package org.scm.mapping.notification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the e-mail of a notification in one language (texts in {@code mail*.properties} beside this
 * class): a subject, then a plain-text body with a greeting, what happened, the reason or the comment, the
 * link to the page, and how to turn e-mail off.
 */
final class MailText {

    /** A rendered e-mail. */
    record Mail(String subject, String body) {}

    private static final String BUNDLE = "org.scm.mapping.notification.mail";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)\\}");

    private MailText() {}

    static Mail render(Notification notification, Language language, String recipientName, String publicUrl) {
        ResourceBundle texts = ResourceBundle.getBundle(
                BUNDLE,
                language.locale(),
                MailText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", recipientName);
        values.put("actor", notification.getActor().orElse(""));
        values.put("proposal", notification.getProposalId().map(String::valueOf).orElse(""));
        values.put("country", notification.getCountry().orElse(""));
        values.put("year", notification.getEditionYear().map(String::valueOf).orElse(""));
        values.put("title", notification.getTitle());
        values.put("detail", notification.getDetail().orElse(""));
        values.put("link", base + notification.link());
        values.put("settings", base + "/notifications");
        String kind = notification.getKind().name();
        String subject =
                fill(texts.getString("prefix"), values) + " " + fill(texts.getString(kind + ".subject"), values);
        StringBuilder body = new StringBuilder()
                .append(fill(texts.getString("greeting"), values))
                .append("\n\n")
                .append(fill(texts.getString(kind + ".body"), values))
                .append("\n\n");
        notification
                .getDetail()
                .ifPresent(detail -> body.append(
                                notification.getKind() == NotificationKind.COMMENT_ADDED
                                        ? quoted(detail)
                                        : fill(texts.getString("reason"), values))
                        .append("\n\n"));
        body.append(fill(texts.getString("open"), values))
                .append("\n\n-- \n")
                .append(fill(texts.getString("footer"), values))
                .append('\n');
        return new Mail(oneLine(subject), body.toString());
    }

    /** One pass over the template, so a value that itself holds a placeholder (a title) stays as written. */
    private static String fill(String template, Map<String, String> values) {
        return PLACEHOLDER.matcher(template).replaceAll(found -> {
            String value = values.get(found.group(1));
            return Matcher.quoteReplacement(value == null ? found.group() : value);
        });
    }

    private static String quoted(String text) {
        return "> " + text.strip().replace("\r\n", "\n").replace("\n", "\n> ");
    }

    /** A subject is one line, whatever a title holds. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
