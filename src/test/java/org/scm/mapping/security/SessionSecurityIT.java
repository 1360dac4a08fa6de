package org.scm.mapping.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.scm.mapping.testing.Api;
import org.scm.mapping.testing.Browser;
import org.scm.mapping.testing.Tokens;

/**
 * Sessions as an attacker probes them: a session id fixed before sign-in, sign-out that leaves a live
 * session behind, sessions handed out to anyone who asks, tokens in URLs, and session cookies readable
 * by scripts or sent cross-site (OWASP ASVS 3.2.1, 3.3.1, 3.4.2, 3.4.3, 3.5.2; issue 8 findings 1, 3, 4, 8).
 */
class SessionSecurityIT {

    @Test
    void aSessionIdFixedBeforeSignInIsWorthNothingAfterIt() {
        Browser.assumeInstalled();
        // the attacker takes whatever session id the app hands an anonymous visitor, or makes one up
        HttpResponse<String> visit = new Agent().get(Agent.http("/"), "Accept", "text/html");
        String fixed = Agent.setCookie(visit, Agent.SESSION_COOKIE)
                .map(header -> header.substring(header.indexOf('=') + 1).split(";")[0])
                .orElse("0000AttackerChosenSessionId:-1");
        try (Browser victim = new Browser()) {
            victim.driver().get(Api.uri("/signed-out.html").toString());
            victim.driver().manage().addCookie(new Cookie(Agent.SESSION_COOKIE, fixed, "/"));
            victim.signIn("/", "fp-pe", "demo-fp-pe");
            victim.waitForText(By.id("signed-in-user"), "Signed in as Focal Point Peru");
            Cookie session = victim.driver().manage().getCookieNamed(Agent.SESSION_COOKIE);
            assertNotNull(session, "the victim is signed in with a session");
            assertNotEquals(fixed, session.getValue(), "the session id changes at sign-in");

            HttpResponse<String> attacker = new Agent()
                    .get(
                            Agent.http("/api/me"),
                            "Accept",
                            "application/json",
                            "Cookie",
                            Agent.SESSION_COOKIE + "=" + fixed);
            assertEquals(401, attacker.statusCode(), "the fixed id does not sign the attacker in: " + attacker.body());
        }
    }

    @Test
    void signingOutEndsTheSessionHereAndAtKeycloak() {
        Browser.assumeInstalled();
        try (Browser browser = new Browser()) {
            browser.signIn("/", "fp-pe", "demo-fp-pe");
            browser.waitForText(By.id("signed-in-user"), "Signed in as");
            String session = browser.driver()
                    .manage()
                    .getCookieNamed(Agent.SESSION_COOKIE)
                    .getValue();

            browser.driver().get(Api.uri("/logout").toString());
            browser.waiting(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/signed-out.html"));
            String page = browser.driver().findElement(By.tagName("body")).getText();
            assertTrue(page.contains("You are signed out"), page);

            HttpResponse<String> withOldSession = new Agent()
                    .get(
                            Agent.http("/api/me"),
                            "Accept",
                            "application/json",
                            "Cookie",
                            Agent.SESSION_COOKIE + "=" + session);
            assertEquals(401, withOldSession.statusCode(), "the old session no longer signs anyone in");

            // Keycloak's session ended too: opening the app asks for the password again
            browser.driver().get(Api.uri("/").toString());
            browser.waiting(Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
        }
    }

    @Test
    void signingOutWithoutASessionJustSaysSo() {
        HttpResponse<String> response = new Agent().get(Agent.http("/logout"), "Accept", "text/html");
        assertEquals(303, response.statusCode(), response.body());
        assertEquals(
                "/signed-out.html",
                URI.create(response.headers().firstValue("Location").orElseThrow())
                        .getPath());
        assertFalse(Agent.setCookie(response, Agent.SESSION_COOKIE).isPresent(), "no session for signing out");

        HttpResponse<String> page = new Agent().get(Agent.http("/signed-out.html"), "Accept", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("You are signed out"), page.body());
    }

    @Test
    void anonymousVisitsGetNoSession() {
        Agent visitor = new Agent();
        for (int i = 0; i < 20; i++) {
            for (String path : new String[] {"/", "/index.html", "/js/app.js", "/api/me"}) {
                HttpResponse<String> response = visitor.get(Agent.http(path), "Accept", "text/html");
                assertTrue(
                        response.statusCode() == 302 || response.statusCode() == 401,
                        path + " " + response.statusCode());
                assertFalse(
                        Agent.setCookie(response, Agent.SESSION_COOKIE).isPresent(),
                        path + " made a session for an anonymous visitor: "
                                + response.headers().allValues("Set-Cookie"));
            }
        }
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteLaxOverHttp() {
        HttpResponse<String> signedIn = new Agent().signIn(Agent.http("/"), "fp-cl", "demo-fp-cl");
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        String cookie = Agent.setCookie(signedIn, Agent.SESSION_COOKIE)
                .orElseThrow(() -> new AssertionError(
                        "sign-in sets the session cookie: " + signedIn.headers().map()));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
    }

    @Test
    void tokensInTheQueryStringAreRefused() {
        String token = Tokens.of("fp-pe");
        HttpResponse<String> api =
                new Agent().get(Agent.http("/api/me?access_token=" + token), "Accept", "application/json");
        assertEquals(401, api.statusCode(), api.body());

        HttpResponse<String> page =
                new Agent().get(Agent.http("/index.html?access_token=" + token), "Accept", "text/html");
        assertEquals(302, page.statusCode(), "a page with a token in its URL is not served: " + page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElse("").contains("/protocol/openid-connect/auth"));
    }
}
