package org.scm.mapping.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.KeycloakSecurityContext;

/** Browser-session writes need the session's CSRF token; bearer-token calls and reads do not. */
class CsrfFilterTest {

    private final CsrfFilter filter = new CsrfFilter();
    private final Map<String, Object> session = new HashMap<>();
    private KeycloakSecurityContext verified;

    @Test
    void aReadWithASessionIsPassedAndLearnsTheToken() throws Exception {
        Call call = call("GET", true, null, null);
        assertTrue(call.passed);
        assertNotNull(call.responseHeaders.get(CsrfFilter.HEADER));
    }

    @Test
    void aWriteWithASessionNeedsItsToken() throws Exception {
        String token = call("GET", true, null, null).responseHeaders.get(CsrfFilter.HEADER);

        Call without = call("POST", true, null, null);
        assertFalse(without.passed);
        assertEquals(403, without.status);
        assertEquals("application/problem+json", without.contentType);
        assertTrue(without.body.toString().contains(CsrfFilter.HEADER), without.body.toString());

        assertFalse(call("DELETE", true, null, "forged").passed);
        assertTrue(call("PUT", true, null, token).passed);
        assertEquals(
                token,
                call("PATCH", true, null, token).responseHeaders.get(CsrfFilter.HEADER),
                "one token per session");
    }

    @Test
    void onlyABearerTokenKeycloakVerifiedSkipsTheCheck() throws Exception {
        assertFalse(call("POST", true, "Bearer abc", null).passed, "an Authorization header alone changes nothing");
        assertFalse(call("POST", true, "Basic Zm9vOmJhcg==", null).passed);
        verified = new KeycloakSecurityContext("abc", null, null, null);
        assertTrue(call("POST", true, "Bearer abc", null).passed, "the token Keycloak verified for this request");
        assertFalse(call("POST", true, "Bearer abd", null).passed, "another token than the one verified");
    }

    @Test
    void callsWithoutSessionNeedNoToken() throws Exception {
        Call noSession = call("POST", false, null, null);
        assertTrue(noSession.passed);
        assertFalse(noSession.responseHeaders.containsKey(CsrfFilter.HEADER));
    }

    /** What the filter did with one request. */
    private static final class Call {
        boolean passed;
        int status = 200;
        String contentType;
        final Map<String, String> responseHeaders = new HashMap<>();
        final StringWriter body = new StringWriter();
    }

    private Call call(String method, boolean withSession, String authorization, String csrfHeader) throws Exception {
        Call call = new Call();
        HttpSession httpSession = proxy(HttpSession.class, (name, args) -> switch (name) {
            case "getAttribute" -> session.get((String) args[0]);
            case "setAttribute" -> session.put((String) args[0], args[1]);
            default -> null;
        });
        HttpServletRequest request = proxy(HttpServletRequest.class, (name, args) -> switch (name) {
            case "getMethod" -> method;
            case "getAttribute" -> KeycloakSecurityContext.class.getName().equals(args[0]) ? verified : null;
            case "getSession" -> withSession ? httpSession : null;
            case "getHeader" ->
                "Authorization".equals(args[0]) ? authorization : CsrfFilter.HEADER.equals(args[0]) ? csrfHeader : null;
            default -> null;
        });
        PrintWriter writer = new PrintWriter(call.body);
        HttpServletResponse response = proxy(HttpServletResponse.class, (name, args) -> {
            switch (name) {
                case "setHeader" -> call.responseHeaders.put((String) args[0], (String) args[1]);
                case "setStatus" -> call.status = (Integer) args[0];
                case "setContentType" -> call.contentType = (String) args[0];
                case "getWriter" -> {
                    return writer;
                }
                default -> {}
            }
            return null;
        });
        filter.doFilter(request, response, (req, res) -> call.passed = true);
        writer.flush();
        return call;
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(
                type.getClassLoader(),
                new Class<?>[] {type},
                (self, method, args) -> method.getName().equals("hashCode")
                        ? System.identityHashCode(self)
                        : method.getName().equals("equals")
                                ? self == args[0]
                                : answer.answer(method.getName(), args == null ? new Object[0] : args));
    }
}
