package org.scm.mapping.proposal;

import java.time.Year;
import java.util.Optional;
import org.scm.mapping.organization.Organization;
import org.scm.mapping.platform.Problems;

/** Checks shared by the kinds of change: the organization an item names, and years. */
final class Targets {

    private Targets() {}

    static Optional<Organization> organization(String code, CurrentMapping mapping, Problems problems) {
        if (code == null || code.isBlank()) {
            problems.add("organization", "an organization code is required");
            return Optional.empty();
        }
        Optional<Organization> organization = mapping.organization(code);
        if (organization.isEmpty()) {
            problems.add("organization", "there is no organization " + code);
        }
        return organization;
    }

    /** An existing organization that is a column of the matrix. */
    static void column(String code, CurrentMapping mapping, Problems problems) {
        organization(code, mapping, problems)
                .filter(found -> !found.isInMatrix())
                .ifPresent(found -> problems.add("organization", found.getCode() + " is not a column of the matrix"));
    }

    static void foundingYear(int year, Problems problems) {
        if (year < 1800 || year > Year.now().getValue()) {
            problems.add("foundingYear", "a year between 1800 and this year is required");
        }
    }
}
