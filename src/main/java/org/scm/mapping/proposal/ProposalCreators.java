package org.scm.mapping.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.scm.mapping.history.ProposalAuthors;

/** Tells history who created a proposal, for "who proposed" in the history of a cell or a profile. */
@ApplicationScoped
public class ProposalCreators implements ProposalAuthors {

    @PersistenceContext(unitName = "scm")
    EntityManager entityManager;

    @Override
    public Optional<String> creator(long proposal) {
        return Optional.ofNullable(entityManager.find(Proposal.class, proposal)).map(Proposal::getCreatedBy);
    }
}
