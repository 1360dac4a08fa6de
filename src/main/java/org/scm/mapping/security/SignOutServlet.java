package org.scm.mapping.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.keycloak.KeycloakSecurityContext;
import org.keycloak.adapters.KeycloakDeployment;
import org.keycloak.adapters.RefreshableKeycloakSecurityContext;

/**
 * {@code GET /logout}: ends the app's session, then sends the browser to Keycloak's end-session endpoint
 * with the session's ID token, so Keycloak ends its session too (the next visit asks for the password
 * again) and sends the browser on to {@value #SIGNED_OUT_PAGE}, which says so. Without a session it
 * goes to that page directly.
 *
 * <p>Why GET: the UI signs out with a plain link, no script or form needed. A forged GET can do no more
 * than sign someone out; it changes no data, which is why this one address is exempt from the CSRF token
 * that every change through the API needs. Keycloak only returns the browser to an address registered
 * for the client ({@code post.logout.redirect.uris} in the realm).
 */
@WebServlet("/logout")
public class SignOutServlet extends HttpServlet {

    static final String SIGNED_OUT_PAGE = "/signed-out.html";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> keycloakLogout = Optional.empty();
        HttpSession session = request.getSession(false);
        if (session != null) {
            keycloakLogout = keycloakLogout(request, session);
            session.invalidate();
        }
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", keycloakLogout.orElse(request.getContextPath() + SIGNED_OUT_PAGE));
    }

    private static Optional<String> keycloakLogout(HttpServletRequest request, HttpSession session) {
        Object context;
        try {
            context = session.getAttribute(KeycloakSecurityContext.class.getName());
        } catch (IllegalStateException alreadyInvalidated) {
            return Optional.empty();
        }
        if (!(context instanceof RefreshableKeycloakSecurityContext keycloak) || keycloak.getIdTokenString() == null) {
            return Optional.empty();
        }
        KeycloakDeployment deployment =
                keycloak.getDeployment() != null ? keycloak.getDeployment() : KeycloakSettings.deployment();
        URI signedOut =
                URI.create(request.getRequestURL().toString()).resolve(request.getContextPath() + SIGNED_OUT_PAGE);
        return Optional.of(deployment
                .getLogoutUrl()
                .clone()
                .queryParam("id_token_hint", keycloak.getIdTokenString())
                .queryParam("client_id", deployment.getResourceName())
                .queryParam("post_logout_redirect_uri", signedOut.toString())
                .build()
                .toString());
    }
}
