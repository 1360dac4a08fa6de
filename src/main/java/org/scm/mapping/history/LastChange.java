package org.scm.mapping.history;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;

/**
 * The revision that last changed one value of an audited entity — not merely the entity: a
 * revision that changed another field of it does not count.
 */
public final class LastChange {

    private LastChange() {}

    /**
     * Walks the entity's revisions back from the newest while {@code value} stays the same.
     *
     * @param value the value of interest, read from the entity as it stood at a revision
     */
    public static <T> Optional<Revision> of(
            EntityManager entityManager, Class<T> type, Object id, Function<T, Object> value) {
        AuditReader history = AuditReaderFactory.get(entityManager);
        List<Number> revisions = history.getRevisions(type, id);
        if (revisions.isEmpty()) {
            return Optional.empty();
        }
        int changed = revisions.size() - 1;
        Object later = value.apply(history.find(type, id, revisions.get(changed)));
        while (changed > 0) {
            Object earlier = value.apply(history.find(type, id, revisions.get(changed - 1)));
            if (!Objects.equals(later, earlier)) {
                break;
            }
            later = earlier;
            changed--;
        }
        return Optional.ofNullable(
                entityManager.find(Revision.class, revisions.get(changed).longValue()));
    }
}
