package org.scm.mapping.notification;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Something happened that people are told about: in the app (matched against the signed-in user by its
 * {@link Audience}) and by e-mail (the outbox: prepared into one mail per recipient after commit).
 */
@Entity
@Table(name = "notification")
public class Notification {

    static final int TITLE_MAX = 300;
    static final int DETAIL_MAX = 4000;
    static final int ERROR_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private NotificationKind kind;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(length = 100)
    private String actor;

    @Column(name = "proposal_id")
    private Long proposalId;

    @Column(name = "edition_year")
    private Integer editionYear;

    @Column(length = 2)
    private String country;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = DETAIL_MAX)
    private String detail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Audience audience;

    @ElementCollection
    @CollectionTable(name = "notification_user", joinColumns = @JoinColumn(name = "notification_id"))
    @Column(name = "username", length = 100)
    private Set<String> users = new HashSet<>();

    @Column(name = "mails_prepared_at")
    private Instant mailsPreparedAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    protected Notification() {}

    private Notification(NotificationKind kind, String actor, String title, String detail, Instant at) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.audience = kind.audience();
        this.actor = actor;
        this.title = clip(Objects.requireNonNull(title, "title"), TITLE_MAX);
        this.detail = detail == null || detail.isBlank() ? null : clip(detail, DETAIL_MAX);
        this.createdAt = Objects.requireNonNull(at, "at");
        this.nextAttemptAt = at;
    }

    static Notification aboutProposal(
            NotificationKind kind,
            long proposal,
            String country,
            String title,
            String actor,
            String detail,
            Set<String> users,
            Instant at) {
        Notification notification = new Notification(kind, actor, title, detail, at);
        notification.proposalId = proposal;
        notification.country = Objects.requireNonNull(country, "country");
        notification.users.addAll(users);
        // nobody is told what they did themselves
        notification.users.remove(actor);
        return notification;
    }

    static Notification aboutEdition(NotificationKind kind, int year, String title, Instant at) {
        Notification notification = new Notification(kind, null, title, null, at);
        notification.editionYear = year;
        return notification;
    }

    /** The mails are written: the outbox is done with this notification. */
    void mailsPrepared(Instant now) {
        mailsPreparedAt = now;
        lastError = null;
    }

    /** Preparing the mails failed (the directory did not answer): try again later. */
    void preparationFailed(String error, Instant next) {
        attempts++;
        lastError = error == null ? null : clip(error, ERROR_MAX);
        nextAttemptAt = next;
    }

    /** The page this notification is about, as a path of the app. */
    public String link() {
        return kind.aboutEdition() ? "/editions" : "/proposals/" + proposalId;
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<String> getActor() {
        return Optional.ofNullable(actor);
    }

    public Optional<Long> getProposalId() {
        return Optional.ofNullable(proposalId);
    }

    public Optional<Integer> getEditionYear() {
        return Optional.ofNullable(editionYear);
    }

    public Optional<String> getCountry() {
        return Optional.ofNullable(country);
    }

    public String getTitle() {
        return title;
    }

    public Optional<String> getDetail() {
        return Optional.ofNullable(detail);
    }

    public Audience getAudience() {
        return audience;
    }

    public Set<String> getUsers() {
        return Set.copyOf(users);
    }

    public int getAttempts() {
        return attempts;
    }
}
