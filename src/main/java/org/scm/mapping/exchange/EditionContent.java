package org.scm.mapping.exchange;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scm.mapping.edition.EditionView;
import org.scm.mapping.history.Comparison;
import org.scm.mapping.matrix.Matrix;
import org.scm.mapping.organization.OrganizationProfile;
import org.scm.mapping.proposal.AppliedProposals.Applied;

/**
 * Everything a published edition's document shows: the edition with its head hash, the profiles and the
 * matrix as at its revision, and what changed since the previous published edition (none for the first).
 *
 * @param previous the previous published edition's year and the comparison with it, if any
 * @param proposals the applied proposals named by the comparison, by number
 */
public record EditionContent(
        EditionView edition,
        Matrix matrix,
        List<OrganizationProfile> profiles,
        Optional<Since> previous,
        Map<Long, Applied> proposals) {

    /** The comparison with the previous published edition. */
    public record Since(int year, Comparison changes) {}

    public EditionContent {
        profiles = List.copyOf(profiles);
        proposals = Map.copyOf(proposals);
    }
}
