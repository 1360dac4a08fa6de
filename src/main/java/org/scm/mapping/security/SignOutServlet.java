package org.scm.mapping.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.keycloak.KeycloakSecurityContext;
import org.keycloak.adapters.RefreshableKeycloakSecurityContext;

/**
 * {@code GET /logout}: ends the Keycloak session of the signed-in browser (a back-channel call with its
 * refresh token, so the next visit asks for the password again), ends the app's session, and sends the
 * browser to a page that says so. Without a session it only shows that page.
 *
 * <p>Why GET: the UI signs out with a plain link, no script or form needed. A forged GET can do no more
 * than sign someone out; it changes no data, which is why this one address is exempt from the CSRF token
 * that every change through the API needs.
 */
@WebServlet("/logout")
public class SignOutServlet extends HttpServlet {

    static final String SIGNED_OUT_PAGE = "/signed-out.html";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            endKeycloakSession(session);
            session.invalidate();
        }
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + SIGNED_OUT_PAGE);
    }

    private static void endKeycloakSession(HttpSession session) {
        try {
            if (session.getAttribute(KeycloakSecurityContext.class.getName())
                    instanceof RefreshableKeycloakSecurityContext keycloak) {
                keycloak.logout(keycloak.getDeployment() != null ? keycloak.getDeployment() : KeycloakSettings.deployment());
            }
        } catch (IllegalStateException alreadyInvalidated) {
            // nothing left to end
        }
    }
}
