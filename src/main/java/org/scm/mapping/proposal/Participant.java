package org.scm.mapping.proposal;

import java.util.Objects;
import org.scm.mapping.security.CurrentUser;
import org.scm.mapping.security.Roles;

/**
 * The caller as far as one proposal is concerned: a focal point of its country, the secretariat,
 * or someone with no part in it. A person may hold several roles; each grants its own actions.
 */
public record Participant(CurrentUser user, boolean ofProposingCountry, boolean secretariat) {

    public Participant {
        Objects.requireNonNull(user, "user");
    }

    public static Participant of(CurrentUser user, String proposalCountry) {
        boolean focalPointOfCountry = user.hasRole(Roles.FOCAL_POINT)
                && user.countryCode().map(proposalCountry::equals).orElse(false);
        return new Participant(user, focalPointOfCountry, user.hasRole(Roles.SECRETARIAT));
    }

    public String username() {
        return user.username();
    }

    /** The role in which this participant takes an action: their country's, or the secretariat's. */
    String roleIn(ProposalAction action) {
        return Workflow.isReview(action) || !ofProposingCountry ? Roles.SECRETARIAT : Roles.FOCAL_POINT;
    }
}
