package org.scm.mapping.organization;

/** An organization's whole profile: the summary plus the texts of the document (mandate, involvement, notes). */
public record OrganizationProfile(String code, String name, String acronymEs, Category category, Integer foundingYear,
                                  Integer matrixPosition, String matrixLabel, String mandate,
                                  String migrationInvolvement, String notes) {

    public static OrganizationProfile of(Organization organization) {
        return new OrganizationProfile(organization.getCode(), organization.getName(),
                organization.getAcronymEs().orElse(null), organization.getCategory(),
                organization.getFoundingYear().orElse(null), organization.getMatrixPosition(),
                organization.getMatrixLabel().orElse(null), organization.getMandate().orElse(null),
                organization.getMigrationInvolvement().orElse(null), organization.getNotes().orElse(null));
    }
}
