package org.scm.mapping.history;

import jakarta.persistence.EntityManager;

/**
 * The PostgreSQL advisory lock under which the mapping changes one change at a time: approvals apply
 * under it, and editions open, freeze and publish under it, so that the revision an edition is
 * published at already holds every approval that started before.
 */
public final class MappingLock {

    /** The lock's key (approvals take it through the proposal feature's {@code ApprovalTurn}). */
    public static final long KEY = 0x53434d_415050L;

    private MappingLock() {}

    /** Waits for the lock and holds it until the caller's transaction ends. */
    public static void await(EntityManager entityManager) {
        entityManager
                .createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1)) turn")
                .setParameter(1, KEY)
                .getSingleResult();
    }
}
