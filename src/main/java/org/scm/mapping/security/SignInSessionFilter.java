package org.scm.mapping.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.adapters.OidcKeycloakAccount;
import org.keycloak.adapters.spi.KeycloakAccount;

/**
 * Runs around the Keycloak filter and decides when a browser gets a server session: only when sign-in
 * completes (Keycloak's redirect back with {@code code} and {@code state}), never for an anonymous visit,
 * so there is no session id to fix or to exhaust the server with before anyone signed in. And the
 * moment a session becomes signed in, its id changes, so an id known before sign-in (planted by an
 * attacker, or left from an earlier sign-in) is worth nothing after it.
 */
public class SignInSessionFilter extends HttpFilter {

    private static final String ACCOUNT = KeycloakAccount.class.getName();
    private static final Set<String> SIGN_IN_RETURN = Set.of("code", "state");
    private static final String DEFAULT_SESSION_COOKIE = "JSESSIONID";
    private static final String SECURE_COOKIE_SENT = SignInSessionFilter.class.getName() + ".secureCookieSent";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession before = request.getSession(false);
        boolean signedInBefore = signedIn(before);
        if (signedInBefore && request.isSecure()) {
            secureSessionCookie(request, response, before);
        }
        chain.doFilter(new NoSessionBeforeSignIn(request), response);
        HttpSession session = request.getSession(false);
        if (!signedInBefore && signedIn(session) && !response.isCommitted()) {
            renewId(request, session);
        }
    }

    /**
     * Liberty marks the session cookie Secure by configuration only, for HTTP and HTTPS alike, and sets it
     * itself, out of the application's reach. So on the first HTTPS request of a signed-in session
     * (the redirect that ends sign-in) the app sets the same cookie again, marked Secure.
     */
    private static void secureSessionCookie(
            HttpServletRequest request, HttpServletResponse response, HttpSession session) {
        String name = Optional.ofNullable(
                        request.getServletContext().getSessionCookieConfig().getName())
                .orElse(DEFAULT_SESSION_COOKIE);
        try {
            if (session.getAttribute(SECURE_COOKIE_SENT) != null || request.getCookies() == null) {
                return;
            }
            Arrays.stream(request.getCookies())
                    .filter(cookie -> cookie.getName().equals(name))
                    .findFirst()
                    .ifPresent(cookie -> {
                        response.addHeader(
                                "Set-Cookie",
                                name + "=" + cookie.getValue() + "; Path=/; Secure; HttpOnly; SameSite=Lax");
                        session.setAttribute(SECURE_COOKIE_SENT, Boolean.TRUE);
                    });
        } catch (IllegalStateException invalidated) {
            // signed out meanwhile: no cookie to mark
        }
    }

    private static boolean signedIn(HttpSession session) {
        try {
            return session != null && session.getAttribute(ACCOUNT) != null;
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }

    private static void renewId(HttpServletRequest request, HttpSession session) {
        String oldId = session.getId();
        String newId = request.changeSessionId();
        if (session.getAttribute(ACCOUNT) instanceof OidcKeycloakAccount account) {
            SessionIds.getInstance()
                    .renamed(
                            oldId,
                            newId,
                            account.getKeycloakSecurityContext().getToken().getSessionState(),
                            account.getPrincipal().getName());
        }
    }

    private static boolean isSignInReturn(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return false;
        }
        return Arrays.stream(query.split("&"))
                .map(parameter -> parameter.split("=", 2)[0])
                .collect(Collectors.toSet())
                .containsAll(SIGN_IN_RETURN);
    }

    /** Until sign-in completes, a session asked for lives only for the request (see {@link TransientSession}). */
    private static final class NoSessionBeforeSignIn extends HttpServletRequestWrapper {

        private final boolean signInReturn;
        private HttpSession transientSession;

        NoSessionBeforeSignIn(HttpServletRequest request) {
            super(request);
            signInReturn = isSignInReturn(request);
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public HttpSession getSession(boolean create) {
            HttpSession existing = super.getSession(false);
            if (existing != null || !create) {
                return existing;
            }
            if (signInReturn) {
                return super.getSession(true);
            }
            if (transientSession == null) {
                transientSession = new TransientSession(getServletContext());
            }
            return transientSession;
        }
    }
}
