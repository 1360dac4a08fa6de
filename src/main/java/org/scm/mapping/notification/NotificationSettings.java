package org.scm.mapping.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One user's choices about notifications; a user without a row gets e-mail and has no feed token. */
@Entity
@Table(name = "notification_settings")
public class NotificationSettings {

    @Id
    @Column(length = 100)
    private String username;

    @Column(name = "email_enabled", nullable = false)
    private boolean emailEnabled = true;

    /** SHA-256 (hex) of the feed token; the token itself is shown once and never stored. */
    @Column(name = "feed_token_hash", length = 64, unique = true)
    private String feedTokenHash;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected NotificationSettings() {}

    NotificationSettings(String username, Instant now) {
        this.username = Objects.requireNonNull(username, "username");
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    void email(boolean enabled, Instant now) {
        emailEnabled = enabled;
        updatedAt = now;
    }

    void feedToken(String hash, Instant now) {
        feedTokenHash = hash;
        updatedAt = now;
    }

    public String getUsername() {
        return username;
    }

    public boolean isEmailEnabled() {
        return emailEnabled;
    }

    public Optional<String> getFeedTokenHash() {
        return Optional.ofNullable(feedTokenHash);
    }

    public long getVersion() {
        return version;
    }
}
