package org.scm.mapping.security;

import java.util.Objects;
import java.util.Optional;

/**
 * A user as the user directory (Keycloak) knows them, for telling them something when they are not
 * signed in.
 *
 * @param email null when the user has no address
 * @param locale the user's {@code locale} attribute (e.g. {@code pt-BR}); null when not set
 * @param country the member country of a focal point; null for others
 */
public record DirectoryUser(String username, String displayName, String email, String locale, String country) {

    public DirectoryUser {
        Objects.requireNonNull(username, "username");
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
    }

    public Optional<String> emailAddress() {
        return Optional.ofNullable(email).filter(address -> !address.isBlank());
    }
}
