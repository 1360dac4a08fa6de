package org.scm.mapping.security;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The person behind the current request, independent of how they signed in.
 *
 * @param country ISO 3166 alpha-2 code of the member country a focal point represents; null for
 *     roles that act for no country (secretariat, admin, observer)
 */
public record CurrentUser(String username, String displayName, Set<String> roles, String country) {

    public CurrentUser {
        Objects.requireNonNull(username, "username");
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public Optional<String> countryCode() {
        return Optional.ofNullable(country);
    }

    /** Everything that decides what this person may see, as one key: answers kept for one viewer use it. */
    public String viewerKey() {
        return username + "|" + String.join(",", new TreeSet<>(roles)) + "|" + Objects.toString(country, "");
    }
}
