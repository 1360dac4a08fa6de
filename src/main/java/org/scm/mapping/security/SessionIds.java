package org.scm.mapping.security;

import org.keycloak.adapters.spi.InMemorySessionIdMapper;

/**
 * The Keycloak filter's map from Keycloak sessions to HTTP session ids, shared with
 * {@link SignInSessionFilter} so that a session id changed at sign-in stays known to the filter (it
 * drops a signed-in session whose id it does not know). Named by the {@code keycloak.config.idMapper}
 * init parameter in web.xml; the filter takes the one instance through {@link #getInstance()}.
 */
public final class SessionIds extends InMemorySessionIdMapper {

    private static final SessionIds INSTANCE = new SessionIds();

    private SessionIds() {}

    public static SessionIds getInstance() {
        return INSTANCE;
    }

    void renamed(String oldId, String newId, String keycloakSession, String principal) {
        removeSession(oldId);
        map(keycloakSession, principal, newId);
    }
}
