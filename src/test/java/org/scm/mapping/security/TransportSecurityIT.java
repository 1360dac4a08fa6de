package org.scm.mapping.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scm.mapping.testing.Tokens;

/**
 * Transport and response headers: HTTPS with HSTS, a session cookie marked Secure there, the browser
 * protections on every kind of answer (pages, scripts, API answers, errors), no caching of answers that
 * depend on the caller, and none of the server's own error pages (OWASP ASVS 9.1.1, 14.4.1–14.4.7,
 * 8.1.1, 7.4.1; issue 8 findings 4 and 5).
 */
class TransportSecurityIT {

    @Test
    void theHttpsPortServesTheAppWithHsts() {
        HttpResponse<String> me = new Agent()
                .send(HttpRequest.newBuilder(Agent.https("/api/me"))
                        .header("Authorization", "Bearer " + Tokens.of("fp-pe"))
                        .header("Accept", "application/json")
                        .GET());
        assertEquals(200, me.statusCode(), me.body());
        assertEquals("fp-pe", Agent.json(me).getString("username"));
        String hsts = me.headers().firstValue("Strict-Transport-Security").orElse("");
        assertTrue(
                hsts.startsWith("max-age=") && Long.parseLong(hsts.replaceAll("max-age=(\\d+).*", "$1")) >= 15_552_000,
                "HSTS for at least 180 days: " + hsts);

        HttpResponse<String> plain = Agent.apiGet("api/me", Tokens.of("fp-pe"));
        assertFalse(plain.headers().firstValue("Strict-Transport-Security").isPresent(), "HSTS only over HTTPS");
    }

    @Test
    void theSessionCookieIsSecureOverHttps() {
        RealmClient.allowRedirectsTo("https://localhost:" + Agent.https("/").getPort() + "/*");
        Agent browser = new Agent();
        HttpResponse<String> signedIn = browser.signIn(Agent.https("/"), "fp-cl", "demo-fp-cl");
        assertTrue(
                Agent.setCookie(signedIn, Agent.SESSION_COOKIE).isPresent(),
                "sign-in over HTTPS sets the session cookie: "
                        + signedIn.headers().map());
        // the redirect that ends sign-in: the cookie the browser keeps from here on
        HttpResponse<String> landed =
                browser.get(URI.create(signedIn.headers().firstValue("Location").orElseThrow()), "Accept", "text/html");
        assertEquals(200, landed.statusCode(), landed.body());
        String cookie = Agent.setCookie(landed, Agent.SESSION_COOKIE)
                .orElseThrow(() -> new AssertionError("the session cookie is set again, Secure: "
                        + landed.headers().map()));
        assertTrue(cookie.contains("Secure"), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        HttpResponse<String> me = browser.get(Agent.https("/api/me"), "Accept", "application/json");
        assertEquals("fp-cl", Agent.json(me).getString("username"), "the session still works: " + me.body());
    }

    @Test
    void everyKindOfAnswerCarriesTheBrowserProtections() {
        String token = Tokens.of("observer");
        List<HttpResponse<String>> answers = List.of(
                page("/", token),
                page("/index.html", token),
                page("/js/app.js", token),
                page("/style.css", token),
                Agent.apiGet("api/me", token),
                Agent.apiGet("api/themes", token),
                Agent.apiGet("api/no-such-thing", token),
                Agent.apiGetAnonymous("api/me"),
                page("/no-such-page.html", token),
                new Agent().get(Agent.http("/"), "Accept", "text/html"),
                new Agent().get(Agent.http("/signed-out.html"), "Accept", "text/html"));
        for (HttpResponse<String> answer : answers) {
            String what = answer.request().uri() + " (" + answer.statusCode() + ")";
            String csp = answer.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'self'"), what + " CSP: " + csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), what + " CSP: " + csp);
            assertTrue(csp.contains("object-src 'none'"), what + " CSP: " + csp);
            assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), what + " CSP: " + csp);
            assertEquals(
                    "nosniff",
                    answer.headers().firstValue("X-Content-Type-Options").orElse(""),
                    what);
            assertFalse(
                    answer.headers().firstValue("Referrer-Policy").orElse("").isBlank(), what);
            assertTrue(
                    answer.headers().firstValue("Permissions-Policy").orElse("").contains("camera=()"), what);
        }
    }

    @Test
    void answersThatDependOnTheCallerAreNotStored() {
        String token = Tokens.of("fp-pe");
        for (HttpResponse<String> answer : List.of(
                Agent.apiGet("api/me", token),
                Agent.apiGet("api/proposals", token),
                Agent.apiGetAnonymous("api/me"),
                Agent.apiGet("api/no-such-thing", token))) {
            assertTrue(
                    answer.headers().allValues("Cache-Control").stream().anyMatch(value -> value.contains("no-store")),
                    answer.request().uri() + " " + answer.headers().allValues("Cache-Control"));
        }
    }

    @Test
    void theServersOwnErrorPagesNeverReachAUser() {
        String token = Tokens.of("observer");
        HttpResponse<String> missingPage = page("/no-such-page.html", token);
        assertEquals(404, missingPage.statusCode());
        assertEquals("text/html", Agent.contentType(missingPage));
        assertFalse(
                missingPage.body().contains("SRVE") || missingPage.body().contains("Exception"), missingPage.body());
        assertTrue(missingPage.body().contains("href=\"/\""), "the error page leads back: " + missingPage.body());

        for (HttpResponse<String> apiError : List.of(
                Agent.apiSend(Agent.apiRequest("api/me", token).method("DELETE", HttpRequest.BodyPublishers.noBody())),
                Agent.apiGet("api/no-such-thing", token),
                Agent.apiGet("api/organizations/%20", token),
                Agent.apiSend(Agent.apiRequest("api/proposals", token)
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("hello"))))) {
            String what = apiError.request().method() + " " + apiError.request().uri() + " " + apiError.statusCode();
            assertTrue(apiError.statusCode() >= 400 && apiError.statusCode() < 500, what + " " + apiError.body());
            assertEquals("application/problem+json", Agent.contentType(apiError), what + " " + apiError.body());
            assertEquals(apiError.statusCode(), Agent.json(apiError).getInt("status"), what);
            assertFalse(apiError.body().contains("SRVE"), what);
        }
    }

    private static HttpResponse<String> page(String path, String token) {
        return Agent.apiSend(
                Agent.apiRequest(path, token).header("Accept", "text/html").GET());
    }

    /** Keycloak's admin API on the app's client, for the redirect addresses a test adds. */
    static final class RealmClient {

        private RealmClient() {}

        static void allowRedirectsTo(String pattern) {
            String admin = Tokens.admin();
            String base =
                    org.scm.mapping.stack.StackSession.current().keycloak().url() + "/admin/realms/scm/clients";
            Agent agent = new Agent();
            HttpResponse<String> found =
                    agent.get(URI.create(base + "?clientId=" + Tokens.CLIENT_ID), "Authorization", "Bearer " + admin);
            var client = Json.createReader(new java.io.StringReader(found.body()))
                    .readArray()
                    .getJsonObject(0);
            List<String> redirects =
                    client.getJsonArray("redirectUris").getValuesAs(jakarta.json.JsonString::getString);
            if (redirects.contains(pattern)) {
                return;
            }
            var updated = Json.createObjectBuilder(client)
                    .add(
                            "redirectUris",
                            Json.createArrayBuilder(redirects.stream().collect(Collectors.toList()))
                                    .add(pattern))
                    .build();
            HttpResponse<String> put =
                    agent.send(HttpRequest.newBuilder(URI.create(base + "/" + client.getString("id")))
                            .header("Authorization", "Bearer " + admin)
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(updated.toString())));
            assertEquals(204, put.statusCode(), put.body());
        }
    }
}
