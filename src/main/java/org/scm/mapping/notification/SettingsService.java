package org.scm.mapping.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.scm.mapping.history.RecordedAs;
import org.scm.mapping.security.CurrentUser;

/** A user's notification choices: e-mail on or off, and the token of their personal feed address. */
@ApplicationScoped
public class SettingsService {

    /** What the user has chosen; the feed token itself is never shown again after it was made. */
    public record Settings(boolean emailEnabled, boolean feedToken) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "scm")
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Transactional
    public Settings of(CurrentUser user) {
        return Optional.ofNullable(entityManager.find(NotificationSettings.class, user.username()))
                .map(SettingsService::view)
                .orElse(new Settings(true, false));
    }

    @Transactional
    @RecordedAs("notification settings changed")
    public Settings email(CurrentUser user, boolean enabled) {
        NotificationSettings settings = settings(user);
        settings.email(enabled, clock.instant());
        entityManager.flush();
        return view(settings);
    }

    /** A new feed token for the user (any earlier one stops working); the token, to be shown once. */
    @Transactional
    @RecordedAs("feed token made")
    public String newFeedToken(CurrentUser user) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        settings(user).feedToken(hash(token), clock.instant());
        entityManager.flush();
        return token;
    }

    @Transactional
    @RecordedAs("feed token revoked")
    public void revokeFeedToken(CurrentUser user) {
        settings(user).feedToken(null, clock.instant());
        entityManager.flush();
    }

    /** Whose feed token this is, if it is one. */
    @Transactional
    public Optional<String> feedReader(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return entityManager
                .createQuery(
                        "select s.username from NotificationSettings s where s.feedTokenHash = :hash", String.class)
                .setParameter("hash", hash(token))
                .getResultStream()
                .findFirst();
    }

    private NotificationSettings settings(CurrentUser user) {
        NotificationSettings settings = entityManager.find(NotificationSettings.class, user.username());
        if (settings == null) {
            settings = new NotificationSettings(user.username(), clock.instant());
            entityManager.persist(settings);
        }
        return settings;
    }

    private static Settings view(NotificationSettings settings) {
        return new Settings(
                settings.isEmailEnabled(), settings.getFeedTokenHash().isPresent());
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
