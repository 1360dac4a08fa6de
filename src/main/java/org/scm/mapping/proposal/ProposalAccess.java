package org.scm.mapping.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.scm.mapping.platform.UnknownEntityException;
import org.scm.mapping.security.CurrentUser;

/**
 * Loads proposals the way every operation must: only those the caller may see (anything else is
 * "not found", so another country's drafts stay unknown); and their transition log.
 */
@ApplicationScoped
public class ProposalAccess {

    @PersistenceContext(unitName = "scm")
    EntityManager entityManager;

    /** The proposal if the caller may see it, locked for writing when {@code lock} says so. */
    Proposal visible(CurrentUser user, long id, LockModeType lock) {
        Proposal proposal = entityManager.find(Proposal.class, id, lock);
        if (proposal == null || !Visibility.canSee(user, proposal)) {
            throw new UnknownEntityException("proposal", id);
        }
        return proposal;
    }

    void log(ProposalTransition transition) {
        entityManager.persist(transition);
    }

    List<ProposalTransition> transitions(Proposal proposal) {
        return entityManager
                .createNamedQuery(ProposalTransition.OF_PROPOSAL, ProposalTransition.class)
                .setParameter("proposal", proposal.getId())
                .getResultList();
    }

    /** Writes pending changes now, so that a failure is reported by the operation that caused it. */
    void flush() {
        entityManager.flush();
    }

    void add(Proposal proposal) {
        entityManager.persist(proposal);
    }
}
