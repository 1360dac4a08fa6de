package org.scm.mapping.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.scm.mapping.platform.Reading;

/**
 * The proposals whose approval changed the mapping, as a published document names them: number,
 * country and title. Only applied proposals are told, which anyone may know of (the audit log shows
 * them to everyone); drafts and proposals still in review stay with their country.
 */
@ApplicationScoped
public class AppliedProposals {

    @Inject
    Reading reading;

    /** An applied proposal: its number, the proposing country and the title. */
    public record Applied(long id, String country, String title) {}

    /** Those of {@code ids} that were applied, by number. */
    public Map<Long, Applied> describe(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Applied> found = reading.read(entityManager -> entityManager
                .createQuery(
                        "select new org.scm.mapping.proposal.AppliedProposals$Applied(p.id, p.country, p.title)"
                                + " from Proposal p where p.id in :ids and p.status in :applied",
                        Applied.class)
                .setParameter("ids", List.copyOf(ids))
                .setParameter("applied", EnumSet.of(ProposalStatus.APPROVED, ProposalStatus.PARTIALLY_APPROVED))
                .getResultList());
        Map<Long, Applied> byId = new TreeMap<>();
        found.forEach(applied -> byId.put(applied.id(), applied));
        return byId;
    }
}
