package org.scm.mapping.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.scm.mapping.history.MappingLock;

/** Makes approvals apply one at a time, with a PostgreSQL advisory lock held until the transaction ends. */
@ApplicationScoped
public class ApprovalTurn {

    /** Key of the advisory lock: the one under which the mapping changes (editions publish under it too). */
    static final long APPROVAL_LOCK = MappingLock.KEY;

    @PersistenceContext(unitName = "scm")
    EntityManager entityManager;

    /**
     * Waits until no other approval is applying. Taken before anything else is read, so that what the
     * approval then reads is what the previous approval committed: bases are compared with current
     * values and new rows and columns are added without a race, and no two approvals can deadlock on
     * the rows they change.
     */
    void await() {
        MappingLock.await(entityManager);
    }
}
