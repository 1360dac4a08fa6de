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
import java.util.List;
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

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean signedInBefore = signedIn(request.getSession(false));
        chain.doFilter(new NoSessionBeforeSignIn(request), response);
        HttpSession session = request.getSession(false);
        if (!signedInBefore && signedIn(session) && !response.isCommitted()) {
            renewId(request, session);
            if (request.isSecure()) {
                secureSessionCookie(request, response);
            }
        }
    }

    /**
     * Liberty marks the session cookie Secure only by configuration, for HTTP and HTTPS alike; the app
     * serves both, and the cookie is set only here, at sign-in, so here it gets Secure when the sign-in
     * came over HTTPS.
     */
    private static void secureSessionCookie(HttpServletRequest request, HttpServletResponse response) {
        String name = request.getServletContext().getSessionCookieConfig().getName();
        String prefix = (name == null ? "JSESSIONID" : name) + "=";
        List<String> cookies = List.copyOf(response.getHeaders("Set-Cookie"));
        if (cookies.stream().noneMatch(cookie -> cookie.startsWith(prefix) && !isSecure(cookie))) {
            return;
        }
        for (int i = 0; i < cookies.size(); i++) {
            String cookie = cookies.get(i);
            String marked = cookie.startsWith(prefix) && !isSecure(cookie) ? cookie + "; Secure" : cookie;
            if (i == 0) {
                response.setHeader("Set-Cookie", marked);
            } else {
                response.addHeader("Set-Cookie", marked);
            }
        }
    }

    private static boolean isSecure(String setCookie) {
        return Arrays.stream(setCookie.split(";")).anyMatch(attribute -> attribute.strip().equalsIgnoreCase("Secure"));
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
            SessionIds.getInstance().renamed(oldId, newId,
                    account.getKeycloakSecurityContext().getToken().getSessionState(), account.getPrincipal().getName());
        }
    }

    private static boolean isSignInReturn(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return false;
        }
        return Arrays.stream(query.split("&")).map(parameter -> parameter.split("=", 2)[0])
                .collect(Collectors.toSet()).containsAll(SIGN_IN_RETURN);
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
