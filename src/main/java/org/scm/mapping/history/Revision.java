package org.scm.mapping.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One committed change of audited data: when (UTC), who, for which country, what and why. Envers
 * writes one per transaction that changes an audited entity; {@link RevisionActorListener} fills it.
 */
@Entity
@Table(name = "revision")
@RevisionEntity(RevisionActorListener.class)
public class Revision {

    static final int REASON_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_seq")
    @SequenceGenerator(name = "revision_seq", sequenceName = "revision_seq", allocationSize = 1)
    @RevisionNumber
    private long id;

    /** Epoch milliseconds, UTC. */
    @RevisionTimestamp
    @Column(name = "rev_timestamp", nullable = false)
    private long timestamp;

    @Column(name = "actor_username", nullable = false, length = 100)
    private String actorUsername;

    @Column(name = "actor_country", length = 2)
    private String actorCountry;

    @Column(name = "action", nullable = false, length = 100)
    private String action;

    @Column(name = "reason", length = REASON_MAX)
    private String reason;

    /** The approved proposal this revision applied, if any. */
    @Column(name = "proposal_id")
    private Long proposalId;

    /** The country on whose behalf the change was made: the proposing country. */
    @Column(name = "proposal_country", length = 2)
    private String proposalCountry;

    /** The reviewer applied the proposal although its base no longer matched the current value. */
    @Column(name = "conflict_override", nullable = false)
    private boolean conflictOverride;

    public long getId() {
        return id;
    }

    public Instant getTimestamp() {
        return Instant.ofEpochMilli(timestamp);
    }

    public String getActorUsername() {
        return actorUsername;
    }

    public String getActorCountry() {
        return actorCountry;
    }

    public String getAction() {
        return action;
    }

    public String getReason() {
        return reason;
    }

    public Optional<Long> getProposalId() {
        return Optional.ofNullable(proposalId);
    }

    public Optional<String> getProposalCountry() {
        return Optional.ofNullable(proposalCountry);
    }

    public boolean isConflictOverride() {
        return conflictOverride;
    }

    void describe(String actorUsername, String actorCountry, String action, String reason) {
        this.actorUsername = actorUsername;
        this.actorCountry = actorCountry;
        this.action = action;
        this.reason = reason;
    }

    void applies(long proposalId, String proposalCountry, boolean conflictOverride) {
        this.proposalId = proposalId;
        this.proposalCountry = proposalCountry;
        this.conflictOverride = conflictOverride;
    }
}
