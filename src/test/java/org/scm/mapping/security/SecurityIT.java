package org.scm.mapping.security;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.scm.mapping.stack.StackSession;
import org.scm.mapping.testing.Api;
import org.scm.mapping.testing.Browser;
import org.scm.mapping.testing.KeycloakAdmin;
import org.scm.mapping.testing.TestData;
import org.scm.mapping.testing.Tokens;

/** Who may call the API and how: the role matrix of /api/me, bad tokens, and the browser sign-in. */
class SecurityIT {

    @Test
    void focalPointOfPeruSeesCountryAndRole() {
        JsonObject me = Api.as("fp-pe").get("api/me").ok();
        assertEquals("fp-pe", me.getString("username"));
        assertEquals("Focal Point Peru", me.getString("displayName"));
        assertEquals("PE", me.getString("country"));
        assertEquals(List.of("focal-point"), me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString));
    }

    @Test
    void secretariatHasNoCountry() {
        JsonObject me = Api.as("sec-ana").get("api/me").ok();
        assertEquals("sec-ana", me.getString("username"));
        assertFalse(me.containsKey("country"), "no country for the secretariat");
        assertEquals(List.of("secretariat"), me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString));
    }

    @Test
    void observerIsAnObserver() {
        JsonObject me = Api.as("observer").get("api/me").ok();
        assertEquals(List.of("observer"), me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString));
    }

    @Test
    void anonymousCallGets401Problem() {
        assertUnauthorizedProblem(Api.anonymous().get("api/me"));
        // an API never redirects to a login page, whatever the caller accepts
        assertUnauthorizedProblem(Api.anonymous().accept("text/html").get("api/me"));
    }

    @Test
    void anonymousCallWithAStaleSessionCookieGets401Problem() {
        assertUnauthorizedProblem(Api.anonymous()
                .header("Cookie", "JSESSIONID=0000unknownsession:x")
                .get("api/me"));
    }

    @Test
    void garbageTokenGets401() {
        assertUnauthorizedProblem(Api.withToken("not-a-token").get("api/me"));
        assertUnauthorizedProblem(Api.withToken("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
                .get("api/me"));
    }

    @Test
    void tokenSignedByAnotherKeyGets401() throws GeneralSecurityException {
        String[] genuine = Tokens.of("fp-pe").split("\\.");
        String signedPart = genuine[0] + "." + genuine[1]; // Keycloak's header (same kid) and claims
        Signature rsa = Signature.getInstance("SHA256withRSA");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        rsa.initSign(generator.generateKeyPair().getPrivate());
        rsa.update(signedPart.getBytes(StandardCharsets.US_ASCII));
        String forged =
                signedPart + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());

        assertUnauthorizedProblem(Api.withToken(forged).get("api/me"));
    }

    @Test
    void expiredTokenGets401() {
        KeycloakAdmin.ensureShortLivedClient("expiry-probe", 1);
        String token = Tokens.grant(
                "scm",
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "expiry-probe",
                        "username",
                        "fp-pe",
                        "password",
                        "demo-fp-pe"));
        assertEquals(200, Api.withToken(token).get("api/me").status(), "fresh token from the short-lived client works");

        Api.Response expired = await("the token to expire")
                .atMost(Duration.ofSeconds(30))
                .pollDelay(Duration.ofSeconds(1))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> Api.withToken(token).get("api/me"), response -> response.status() != 200);
        assertUnauthorizedProblem(expired);
    }

    @Test
    void signedInUserWithoutAnyRoleGets403Problem() {
        KeycloakAdmin.ensureUser("no-role", null);
        Api.as("no-role").get("api/me").problem(403);
    }

    @Test
    void unknownApiPathGets404Problem() {
        Api.as("observer").get("api/no-such-thing").problem(404);
    }

    @Test
    void browserWithoutSessionIsSentToKeycloakLogin() {
        Api.Response response = Api.anonymous().accept("text/html").get("/").expect(302);
        String location = response.header("Location").orElse("");
        assertTrue(
                location.startsWith(
                        StackSession.current().keycloak().url() + "/realms/scm/protocol/openid-connect/auth"),
                location);
        assertTrue(location.contains("client_id=scm-mapping"), location);
    }

    @Test
    void focalPointSignsInWithTheBrowserAndSeesTheirProfileAndTheMatrix() {
        Browser.assumeInstalled();
        for (String column : List.of("UNHCR", "WB", "UN-RC")) {
            TestData.cell(column, 3); // the start page shows the current matrix
        }
        try (Browser browser = new Browser()) {
            browser.signIn("/", "fp-pe", "demo-fp-pe");
            String name = browser.waitForText(By.id("signed-in-user"), "Signed in as Focal Point Peru");
            assertTrue(name.contains("(fp-pe)"), name);
            String profile = browser.driver().findElement(By.id("user")).getText();
            assertTrue(profile.contains("Focal point · Peru"), profile);

            browser.waitForText(By.cssSelector("scm-matrix-table tbody tr:last-child th"), "29. Dialogue with CS");
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("scm-matrix-table tbody tr"));
            assertEquals(29, rows.size());
            assertEquals(
                    26 + 2,
                    browser.driver()
                            .findElements(By.cssSelector("scm-matrix-table thead th"))
                            .size());
            // 2014 annex, row 3 "Migrant human rights": UNHCR xx, WB blank, REG COMMISS. x
            List<String> humanRights = rows.get(2).findElements(By.tagName("td")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertEquals(List.of("xx", "", "x"), humanRights.subList(0, 3));
            browser.screenshot("signed-in-fp-pe");
        }
    }

    @Test
    void browserSessionChangesNeedTheCsrfToken() {
        Browser.assumeInstalled();
        try (Browser browser = new Browser()) {
            browser.signIn("/", "fp-pe", "demo-fp-pe");
            browser.waitForText(By.id("signed-in-user"), "Signed in as");
            JavascriptExecutor page = (JavascriptExecutor) browser.driver();
            Object outcome = page.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const post = (headers) => fetch('/api/proposals', {method: 'POST',
                        headers: Object.assign({'Content-Type': 'application/json'}, headers),
                        body: JSON.stringify({title: 'from the browser'})}).then(r => r.status);
                    (async () => {
                        const withoutToken = await post({});
                        const token = (await fetch('/api/me')).headers.get('X-CSRF-Token');
                        const withWrongToken = await post({'X-CSRF-Token': 'forged'});
                        const withToken = await post({'X-CSRF-Token': token});
                        done(withoutToken + ' ' + withWrongToken + ' ' + withToken + ' ' + (token ? 'token' : 'none'));
                    })().catch(e => done('error ' + e));
                    """);
            assertEquals("403 403 201 token", outcome);
        }
    }

    private static void assertUnauthorizedProblem(Api.Response response) {
        JsonObject problem = response.problem(401);
        assertTrue(problem.getString("detail").length() > 10);
        assertTrue(response.header("WWW-Authenticate").orElse("").startsWith("Bearer"));
    }
}
