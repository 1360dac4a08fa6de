package org.scm.mapping.security;

import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.KeycloakPrincipal;
import org.keycloak.representations.AccessToken;

/** Reads a {@link CurrentUser} out of a verified Keycloak access token. */
final class KeycloakUsers {

    static final String COUNTRY_CLAIM = "country";

    private KeycloakUsers() {}

    static CurrentUser from(KeycloakPrincipal<?> principal) {
        AccessToken token = principal.getKeycloakSecurityContext().getToken();
        Set<String> roles = token.getRealmAccess() == null
                ? Set.of()
                : token.getRealmAccess().getRoles().stream()
                        .filter(Roles.ALL::contains)
                        .collect(Collectors.toSet());
        Object country = token.getOtherClaims().get(COUNTRY_CLAIM);
        return new CurrentUser(
                token.getPreferredUsername() != null ? token.getPreferredUsername() : principal.getName(),
                token.getName(),
                roles,
                country instanceof String code && !code.isBlank() ? code : null);
    }
}
