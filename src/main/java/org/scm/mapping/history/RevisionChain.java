package org.scm.mapping.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;
import org.scm.mapping.platform.Reading;

/**
 * The hash chain over the revisions, in commit order (see V6: a link is made at commit by a deferred
 * trigger under an advisory lock). Verification recomputes every link here, in Java, from the
 * canonical form the database gives of each revision's rows as they are now.
 */
@ApplicationScoped
public class RevisionChain {

    private static final String LINKS =
            "select l.revision, l.hash, revision_canonical(l.revision)" + " from revision_link l order by l.position";

    private static final String UNLINKED = "select min(r.id) from revision r"
            + " where not exists (select 1 from revision_link l where l.revision = r.id)";

    @Inject
    Reading reading;

    /** The stored hash of a revision's link, if it has one. */
    public Optional<String> hashOf(long revision) {
        return reading.read(entityManager -> entityManager
                .createNativeQuery("select hash from revision_link where revision = ?1")
                .setParameter(1, revision)
                .getResultStream()
                .findFirst()
                .map(String.class::cast));
    }

    public ChainVerification verify() {
        return reading.read(RevisionChain::verify);
    }

    @SuppressWarnings("unchecked")
    private static ChainVerification verify(EntityManager entityManager) {
        String expected = ChainLink.GENESIS;
        String head = null;
        long count = 0;
        Long firstBroken = null;
        try (Stream<Object[]> links = entityManager.createNativeQuery(LINKS).getResultStream()) {
            for (Iterator<Object[]> it = links.iterator(); it.hasNext(); ) {
                Object[] link = it.next();
                long revision = ((Number) link[0]).longValue();
                head = (String) link[1];
                count++;
                if (firstBroken == null) {
                    String canonical = (String) link[2];
                    expected = canonical == null ? null : ChainLink.hash(expected, canonical);
                    if (expected == null || !expected.equals(head)) {
                        firstBroken = revision;
                    }
                }
            }
        }
        if (firstBroken == null) {
            Object unlinked = entityManager.createNativeQuery(UNLINKED).getSingleResult();
            firstBroken = unlinked == null ? null : ((Number) unlinked).longValue();
        }
        return new ChainVerification(firstBroken == null, count, head, firstBroken);
    }
}
