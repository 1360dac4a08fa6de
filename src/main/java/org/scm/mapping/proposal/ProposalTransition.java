package org.scm.mapping.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One step of a proposal through the workflow, kept forever: who, in which role, when and why. */
@Entity
@Table(name = "proposal_transition")
@NamedQuery(
        name = ProposalTransition.OF_PROPOSAL,
        query = "select t from ProposalTransition t where t.proposalId = :proposal order by t.id")
public class ProposalTransition {

    public static final String OF_PROPOSAL = "ProposalTransition.ofProposal";
    public static final int REASON_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 20)
    private ProposalAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, length = 20)
    private ProposalStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private ProposalStatus toStatus;

    @Column(name = "actor", nullable = false, length = 100)
    private String actor;

    @Column(name = "actor_role", nullable = false, length = 20)
    private String actorRole;

    @Column(name = "actor_country", length = 2)
    private String actorCountry;

    @Column(name = "reason", length = REASON_MAX)
    private String reason;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected ProposalTransition() {
        // for JPA
    }

    ProposalTransition(
            long proposalId,
            ProposalAction action,
            ProposalStatus from,
            ProposalStatus to,
            String actor,
            String actorRole,
            String actorCountry,
            String reason,
            Instant occurredAt) {
        this.proposalId = proposalId;
        this.action = Objects.requireNonNull(action);
        this.fromStatus = Objects.requireNonNull(from);
        this.toStatus = Objects.requireNonNull(to);
        this.actor = Objects.requireNonNull(actor);
        this.actorRole = Objects.requireNonNull(actorRole);
        this.actorCountry = actorCountry;
        this.reason = reason;
        this.occurredAt = Objects.requireNonNull(occurredAt);
    }

    public ProposalAction getAction() {
        return action;
    }

    public ProposalStatus getFromStatus() {
        return fromStatus;
    }

    public ProposalStatus getToStatus() {
        return toStatus;
    }

    public String getActor() {
        return actor;
    }

    public String getActorRole() {
        return actorRole;
    }

    public String getActorCountry() {
        return actorCountry;
    }

    public String getReason() {
        return reason;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
