package org.scm.mapping.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Optional;

/**
 * Holds the user of the current request, set once by {@link SignedInUserFilter}. Code that is not
 * reached through CDI injection (the Envers revision listener) looks it up with {@code CDI.current()}.
 */
@RequestScoped
public class SignedInUser {

    private CurrentUser user;

    void signIn(CurrentUser user) {
        this.user = user;
    }

    public Optional<CurrentUser> get() {
        return Optional.ofNullable(user);
    }

    /** For resources: the caller, who is always signed in on {@code /api}. */
    @Produces
    CurrentUser current() {
        return get().orElseThrow(() -> new IllegalStateException("no signed-in user in this request"));
    }
}
