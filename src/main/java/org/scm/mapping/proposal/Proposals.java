package org.scm.mapping.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.scm.mapping.platform.PreconditionRequiredException;
import org.scm.mapping.platform.StaleVersionException;
import org.scm.mapping.platform.UnknownEntityException;
import org.scm.mapping.security.CurrentUser;
import org.scm.mapping.security.Roles;

/**
 * Finding proposals the way every operation must: only those the caller may see (anything else is
 * "not found", so another country's drafts stay unknown), checking If-Match, and logging transitions.
 */
@ApplicationScoped
public class Proposals {

    @PersistenceContext(unitName = "scm")
    EntityManager entityManager;

    Clock clock = Clock.systemUTC();

    Instant now() {
        return clock.instant();
    }

    /** The proposal if the caller may see it, locked for writing when {@code lock} says so. */
    Proposal visible(CurrentUser user, long id, LockModeType lock) {
        Proposal proposal = entityManager.find(Proposal.class, id, lock);
        if (proposal == null || !Workflow.canSee(Participant.of(user, proposal.getCountry()), proposal.wasEverSubmitted())) {
            throw new UnknownEntityException("proposal", id);
        }
        return proposal;
    }

    /** Refuses an edit whose If-Match names another version (412) or that has none when one is required (428). */
    static void checkVersion(Proposal proposal, Long expectedVersion, boolean required) {
        if (expectedVersion == null) {
            if (required) {
                throw new PreconditionRequiredException();
            }
            return;
        }
        if (expectedVersion != proposal.getVersion()) {
            throw new StaleVersionException(expectedVersion, proposal.getVersion());
        }
    }

    void logTransition(Proposal proposal, ProposalAction action, ProposalStatus from, Participant actor, String reason) {
        entityManager.persist(new ProposalTransition(proposal.getId(), action, from, proposal.getStatus(),
                actor.username(), roleFor(action, actor), actor.user().country(), reason, now()));
    }

    List<ProposalTransition> transitions(Proposal proposal) {
        return entityManager.createNamedQuery(ProposalTransition.OF_PROPOSAL, ProposalTransition.class)
                .setParameter("proposal", proposal.getId()).getResultList();
    }

    /** The role in which a participant takes an action: their country's, or the secretariat's. */
    static String roleFor(ProposalAction action, Participant actor) {
        boolean secretariatAction = action == ProposalAction.REQUEST_CHANGES || action == ProposalAction.APPROVE
                || action == ProposalAction.REJECT;
        if (secretariatAction || !actor.ofProposingCountry()) {
            return Roles.SECRETARIAT;
        }
        return Roles.FOCAL_POINT;
    }
}
