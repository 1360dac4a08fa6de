package org.scm.mapping.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.scm.mapping.platform.Problem;

/**
 * Runs before the Keycloak filter on {@code /api/*}. When Keycloak stops an API request (no token and
 * no browser session, or a token that fails verification) it would answer a login redirect or a bare
 * 401; an API caller gets a 401 {@code application/problem+json} instead. Requests that Keycloak lets
 * through are not touched.
 *
 * <p>Keycloak's bearer-only autodetection would refuse a browser session for requests that look like
 * XHR or do not accept HTML. On {@code /api} the browser session must count, so until the request is
 * authenticated the filter presents it to Keycloak as a plain browser request; once authenticated,
 * the application sees the real headers (content negotiation needs {@code Accept}).
 */
public class ApiChallengeFilter extends HttpFilter {

    /** Request attribute set by {@link SignedInUserFilter} once the request is authenticated. */
    static final String AUTHENTICATED = ApiChallengeFilter.class.getName() + ".authenticated";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getHeader("Authorization") == null && request.getSession(false) == null) {
            // neither a token nor a browser session: nothing Keycloak could accept
            response.setHeader("WWW-Authenticate", "Bearer realm=\"scm\"");
            Problem.write(response, unauthorized(request));
            return;
        }
        ChallengeCapture capture = new ChallengeCapture(request, response);
        chain.doFilter(new BrowserLikeUntilAuthenticated(request), capture);
        if (capture.challenged && !response.isCommitted()) {
            response.resetBuffer();
            response.setHeader("WWW-Authenticate", "Bearer realm=\"scm\"");
            Problem.write(response, unauthorized(request));
        }
    }

    private static Problem unauthorized(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        String detail = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? "The bearer token is invalid, expired or not issued for this application."
                : "Sign in first: send an 'Authorization: Bearer' token or use a browser session.";
        return Problem.of(HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
    }

    private static boolean authenticated(HttpServletRequest request) {
        return request.getAttribute(AUTHENTICATED) != null;
    }

    private static final class BrowserLikeUntilAuthenticated extends HttpServletRequestWrapper {

        BrowserLikeUntilAuthenticated(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            if (!authenticated(this)) {
                if ("Accept".equalsIgnoreCase(name)) {
                    return "*/*";
                }
                if ("X-Requested-With".equalsIgnoreCase(name)) {
                    return null;
                }
            }
            return super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (!authenticated(this)) {
                if ("Accept".equalsIgnoreCase(name)) {
                    return Collections.enumeration(List.of("*/*"));
                }
                if ("X-Requested-With".equalsIgnoreCase(name)) {
                    return Collections.emptyEnumeration();
                }
            }
            return super.getHeaders(name);
        }
    }

    /** Swallows the status, redirect and body Keycloak produces for an unauthenticated request. */
    private static final class ChallengeCapture extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private boolean challenged;

        ChallengeCapture(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        private boolean passThrough() {
            return authenticated(request);
        }

        @Override
        public void setStatus(int sc) {
            if (passThrough()) {
                super.setStatus(sc);
            } else {
                challenged = true;
            }
        }

        @Override
        public void sendError(int sc) throws IOException {
            sendError(sc, null);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            if (passThrough()) {
                super.sendError(sc, msg);
            } else {
                challenged = true;
            }
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            if (passThrough()) {
                super.sendRedirect(location);
            } else {
                challenged = true;
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (passThrough()) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (passThrough()) {
                super.addHeader(name, value);
            }
        }
    }
}
