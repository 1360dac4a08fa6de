package org.scm.mapping.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.keycloak.KeycloakSecurityContext;
import org.scm.mapping.platform.Problem;

/**
 * Protects state-changing API requests made with a browser session against cross-site request
 * forgery: each session has a random token, sent to the browser in the {@value #HEADER} response
 * header of every API answer; a POST, PUT, PATCH or DELETE with the session must send it back in the
 * same header. A request that a bearer token authenticated carries no ambient credentials and needs
 * no token; any other {@code Authorization} header (Basic, Negotiate, an empty, invalid or foreign
 * bearer) changes nothing, because the browser session is what would sign such a request in.
 */
public class CsrfFilter extends HttpFilter {

    public static final String HEADER = "X-CSRF-Token";
    private static final String SESSION_ATTRIBUTE = CsrfFilter.class.getName();
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String BEARER = "Bearer ";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session == null || authenticatedByBearerToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        String token = token(session);
        response.setHeader(HEADER, token);
        if (!SAFE_METHODS.contains(request.getMethod()) && !matches(token, request.getHeader(HEADER))) {
            Problem.write(
                    response,
                    Problem.of(
                            HttpServletResponse.SC_FORBIDDEN,
                            "Forbidden",
                            "A change made with a browser session must send the session's " + HEADER
                                    + " header (it comes with every API answer)."));
            return;
        }
        chain.doFilter(request, response);
    }

    /** True when the token in the Authorization header is the one Keycloak verified for this request. */
    static boolean authenticatedByBearerToken(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        return request.getAttribute(KeycloakSecurityContext.class.getName()) instanceof KeycloakSecurityContext verified
                && verified.getTokenString() != null
                && verified.getTokenString()
                        .equals(authorization.substring(BEARER.length()).strip());
    }

    private static String token(HttpSession session) {
        synchronized (session) {
            String token = (String) session.getAttribute(SESSION_ATTRIBUTE);
            if (token == null) {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                session.setAttribute(SESSION_ATTRIBUTE, token);
            }
            return token;
        }
    }

    private static boolean matches(String expected, String sent) {
        return sent != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII));
    }
}
