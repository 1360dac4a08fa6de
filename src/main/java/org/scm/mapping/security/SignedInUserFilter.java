package org.scm.mapping.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.keycloak.KeycloakPrincipal;

/** Runs after the Keycloak filter: turns its principal into the request's {@link CurrentUser}. */
public class SignedInUserFilter extends HttpFilter {

    @Inject
    SignedInUser signedInUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() instanceof KeycloakPrincipal<?> principal) {
            signedInUser.signIn(KeycloakUsers.from(principal));
            request.setAttribute(ApiChallengeFilter.AUTHENTICATED, Boolean.TRUE);
        }
        chain.doFilter(request, response);
    }
}
