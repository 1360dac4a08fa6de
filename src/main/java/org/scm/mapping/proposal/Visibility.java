package org.scm.mapping.proposal;

import jakarta.persistence.TypedQuery;
import org.scm.mapping.security.CurrentUser;
import org.scm.mapping.security.Roles;

/**
 * Who sees a proposal: the focal points of its country always; the secretariat once it has been
 * submitted, or when it wrote it (a revert it prepared). Nobody else learns that it exists. Written
 * once, for one proposal and for queries.
 */
final class Visibility {

    /** The rule as a JPQL condition on proposal {@code p}; bind its parameters with {@link #bind}. */
    static final String CONDITION = "(p.country = :ownCountry or (:secretariat = true"
            + " and (p.submittedAt is not null or :username member of p.authors)))";

    private static final String NO_COUNTRY = "--";

    private Visibility() {}

    static boolean canSee(CurrentUser user, Proposal proposal) {
        return ownCountry(user).equals(proposal.getCountry())
                || user.hasRole(Roles.SECRETARIAT)
                        && (proposal.wasEverSubmitted() || proposal.isWrittenBy(user.username()));
    }

    static <T> TypedQuery<T> bind(TypedQuery<T> query, CurrentUser user) {
        return query.setParameter("ownCountry", ownCountry(user))
                .setParameter("secretariat", user.hasRole(Roles.SECRETARIAT))
                .setParameter("username", user.username());
    }

    private static String ownCountry(CurrentUser user) {
        return user.hasRole(Roles.FOCAL_POINT) ? user.countryCode().orElse(NO_COUNTRY) : NO_COUNTRY;
    }
}
