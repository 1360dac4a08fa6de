package org.scm.mapping.organization;

import java.util.List;
import org.scm.mapping.organization.OpenProposals.OpenProposal;

/**
 * An organization's whole profile: the summary plus the texts of the document (mandate, involvement,
 * notes), and the open proposals the caller may see that would change it or its cells.
 */
public record OrganizationProfile(
        String code,
        String name,
        String acronymEs,
        Category category,
        Integer foundingYear,
        Integer matrixPosition,
        String matrixLabel,
        String mandate,
        String migrationInvolvement,
        String notes,
        List<OpenProposal> openProposals) {

    public static OrganizationProfile of(Organization organization, List<OpenProposal> openProposals) {
        return new OrganizationProfile(
                organization.getCode(),
                organization.getName(),
                organization.getAcronymEs().orElse(null),
                organization.getCategory(),
                organization.getFoundingYear().orElse(null),
                organization.getMatrixPosition(),
                organization.getMatrixLabel().orElse(null),
                organization.getMandate().orElse(null),
                organization.getMigrationInvolvement().orElse(null),
                organization.getNotes().orElse(null),
                List.copyOf(openProposals));
    }
}
