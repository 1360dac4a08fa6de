package org.scm.mapping.organization;

/** An organization in a list: who it is and where it stands in the matrix, without the profile texts. */
public record OrganizationSummary(
        String code,
        String name,
        String acronymEs,
        Category category,
        Integer foundingYear,
        Integer matrixPosition,
        String matrixLabel) {

    public static OrganizationSummary of(Organization organization) {
        return new OrganizationSummary(
                organization.getCode(),
                organization.getName(),
                organization.getAcronymEs().orElse(null),
                organization.getCategory(),
                organization.getFoundingYear().orElse(null),
                organization.getMatrixPosition(),
                organization.getMatrixLabel().orElse(null));
    }
}
