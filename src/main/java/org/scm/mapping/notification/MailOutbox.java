package org.scm.mapping.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scm.mapping.security.DirectoryUser;
import org.scm.mapping.security.Roles;
import org.scm.mapping.security.UserDirectory;

/**
 * The mail side of the outbox, one step per transaction. {@link #prepareNext()} turns a committed
 * notification into one rendered mail per recipient who has an address and e-mail on;
 * {@link #sendNext()} sends one mail and marks it sent. Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so several servers share the work and each mail is sent once; a step
 * that fails (directory or mail server down) is retried later with a growing pause, and nothing is lost.
 */
@ApplicationScoped
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

    @PersistenceContext(unitName = "scm")
    EntityManager entityManager;

    @Inject
    UserDirectory directory;

    @Inject
    Clock clock;

    @Resource(lookup = "mail/scm")
    Session mailSession;

    @Inject
    @ConfigProperty(name = "scm.public.url", defaultValue = "http://localhost:9080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "scm.smtp.from", defaultValue = "SCM Mapping <no-reply@scm-mapping.test>")
    String from;

    /** Set when the mail server wants a login (MicroProfile Config reads an empty value as not set). */
    @Inject
    @ConfigProperty(name = "scm.smtp.user")
    Optional<String> smtpUser;

    @Inject
    @ConfigProperty(name = "scm.smtp.password")
    Optional<String> smtpPassword;

    @Inject
    @ConfigProperty(name = "scm.mail.retry-max-seconds", defaultValue = "600")
    long retryMaxSeconds;

    /** Prepares the mails of the oldest notification that is due; false when none is. */
    @Transactional
    public boolean prepareNext() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Notification> due = entityManager
                .createNativeQuery("""
                        select * from notification where mails_prepared_at is null and next_attempt_at <= :now
                        order by id limit 1 for update skip locked""", Notification.class)
                .setParameter("now", now)
                .getResultList();
        if (due.isEmpty()) {
            return false;
        }
        Notification notification = due.get(0);
        try {
            for (DirectoryUser recipient : recipients(notification).values()) {
                if (recipient.emailAddress().isPresent() && emailEnabled(recipient.username())) {
                    Language language = Language.of(recipient.locale());
                    MailText.Mail mail = MailText.render(notification, language, recipient.displayName(), publicUrl);
                    entityManager
                            .createNativeQuery("""
                                    insert into notification_mail (notification_id, username, address, language, subject,
                                        body, created_at, next_attempt_at)
                                    values (:notification, :username, :address, :language, :subject, :body, :now, :now)
                                    on conflict (notification_id, username) do nothing""")
                            .setParameter("notification", notification.getId())
                            .setParameter("username", recipient.username())
                            .setParameter("address", recipient.email())
                            .setParameter("language", language.code())
                            .setParameter("subject", Notification.clip(mail.subject(), 400))
                            .setParameter("body", mail.body())
                            .setParameter("now", now)
                            .executeUpdate();
                }
            }
            notification.mailsPrepared(now);
        } catch (UserDirectory.UnavailableException e) {
            LOG.log(Level.WARNING, "Notification {0}: recipients not read, trying again later: {1}", new Object[] {
                notification.getId(), e.getMessage()
            });
            notification.preparationFailed(e.getMessage(), now.plus(pause(notification.getAttempts() + 1)));
        }
        return true;
    }

    /**
     * Sends the oldest mail that is due; true when one was sent, false when none is due or sending failed
     * (then the mail waits for its next try, and so do the others until the next round).
     */
    @Transactional
    public boolean sendNext() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> due =
                entityManager.createNativeQuery("""
                        select id, address, subject, body, attempts from notification_mail
                        where sent_at is null and next_attempt_at <= :now
                        order by id limit 1 for update skip locked""").setParameter("now", now).getResultList();
        if (due.isEmpty()) {
            return false;
        }
        Object[] mail = due.get(0);
        long id = ((Number) mail[0]).longValue();
        try {
            send((String) mail[1], (String) mail[2], (String) mail[3], now);
            entityManager
                    .createNativeQuery("update notification_mail set sent_at = :now, last_error = null where id = :id")
                    .setParameter("now", now)
                    .setParameter("id", id)
                    .executeUpdate();
            return true;
        } catch (MessagingException e) {
            int attempts = ((Number) mail[4]).intValue() + 1;
            LOG.log(Level.WARNING, "Mail {0} not sent (try {1}), trying again later: {2}", new Object[] {
                id, attempts, e.getMessage()
            });
            entityManager
                    .createNativeQuery("""
                            update notification_mail set attempts = :attempts, next_attempt_at = :next, last_error = :error
                            where id = :id""")
                    .setParameter("attempts", attempts)
                    .setParameter("next", now.plus(pause(attempts)))
                    .setParameter("error", Notification.clip(String.valueOf(e.getMessage()), Notification.ERROR_MAX))
                    .setParameter("id", id)
                    .executeUpdate();
            return false;
        }
    }

    /** Who is told, by username; the one who caused the notification is not. */
    private Map<String, DirectoryUser> recipients(Notification notification) {
        List<DirectoryUser> audience = switch (notification.getAudience()) {
            case SECRETARIAT -> directory.withRole(Roles.SECRETARIAT);
            case ALL_FOCAL_POINTS -> directory.withRole(Roles.FOCAL_POINT);
            case COUNTRY_FOCAL_POINTS ->
                directory.withRole(Roles.FOCAL_POINT).stream()
                        .filter(user -> notification.getCountry().equals(Optional.ofNullable(user.country())))
                        .toList();
            case USERS ->
                notification.getUsers().stream()
                        .sorted()
                        .flatMap(username -> directory.user(username).stream())
                        .toList();
        };
        Map<String, DirectoryUser> byUsername = new LinkedHashMap<>();
        audience.stream()
                .filter(user ->
                        !notification.getActor().map(user.username()::equals).orElse(false))
                .forEach(user -> byUsername.putIfAbsent(user.username(), user));
        return byUsername;
    }

    private boolean emailEnabled(String username) {
        NotificationSettings settings = entityManager.find(NotificationSettings.class, username);
        return settings == null || settings.isEmailEnabled();
    }

    private void send(String address, String subject, String body, Instant now) throws MessagingException {
        MimeMessage message = new MimeMessage(mailSession);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(address, true));
        message.setSubject(subject, "UTF-8");
        message.setText(body, "UTF-8");
        message.setSentDate(Date.from(now));
        // automatic mail: no out-of-office replies (RFC 3834)
        message.setHeader("Auto-Submitted", "auto-generated");
        if (smtpUser.filter(user -> !user.isBlank()).isPresent()) {
            Transport.send(message, smtpUser.get(), smtpPassword.orElse(""));
        } else {
            Transport.send(message);
        }
    }

    /** 2, 4, 8 … seconds after each failed try, at most {@code scm.mail.retry-max-seconds}. */
    Duration pause(int attempts) {
        long seconds = 1L << Math.min(Math.max(attempts, 1), 20);
        return Duration.ofSeconds(Math.min(seconds, Math.max(retryMaxSeconds, 1)));
    }
}
