package org.scm.mapping.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.function.Function;

/**
 * Runs a read against the database in its own persistence context, without a transaction. The
 * context stays open for the whole read (lazy associations and Envers queries work) and is closed
 * after it, so nothing read here is managed or written back.
 *
 * <p>Why not the container's transaction-scoped {@code EntityManager}: outside a transaction it
 * detaches entities after every call and its underlying session is not meant to be held, which
 * Envers' {@code AuditReader} needs to do.
 */
@ApplicationScoped
public class Reading {

    @PersistenceUnit(unitName = "scm")
    EntityManagerFactory persistence;

    public <T> T read(Function<EntityManager, T> read) {
        try (EntityManager entityManager = persistence.createEntityManager()) {
            return read.apply(entityManager);
        }
    }
}
