package org.scm.mapping.organization;

import java.util.function.Predicate;

/**
 * Which organizations a list shows.
 *
 * @param category only this category, or any when null
 * @param inMatrix only columns of the matrix (true), only those outside it (false), or both when null
 */
public record OrganizationFilter(Category category, Boolean inMatrix) implements Predicate<Organization> {

    public static final OrganizationFilter ALL = new OrganizationFilter(null, null);

    @Override
    public boolean test(Organization organization) {
        return (category == null || category == organization.getCategory())
                && (inMatrix == null || inMatrix == organization.isInMatrix());
    }
}
