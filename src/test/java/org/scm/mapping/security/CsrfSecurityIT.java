package org.scm.mapping.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.scm.mapping.testing.Browser;
import org.scm.mapping.testing.Tokens;

/**
 * Cross-site request forgery against a signed-in browser: a change sent with the session cookie counts
 * only with the session's CSRF token, whatever other credentials-looking header comes along; only a
 * bearer token that really authenticated the call makes the token unnecessary (OWASP ASVS 4.2.2, 13.2.3;
 * issue 8 finding 2).
 */
class CsrfSecurityIT {

    private static final String PROPOSAL = "{\"title\":\"forged by a third-party site\",\"rationale\":\"csrf probe\"}";

    @Test
    void anAuthorizationHeaderThatAuthenticatesNothingDoesNotSkipTheCsrfCheck() {
        Browser.assumeInstalled();
        try (Browser browser = new Browser()) {
            browser.signIn("/", "fp-co", "demo-fp-co");
            browser.waitForText(By.id("signed-in-user"), "Signed in as");
            String session = Agent.SESSION_COOKIE + "="
                    + browser.driver()
                            .manage()
                            .getCookieNamed(Agent.SESSION_COOKIE)
                            .getValue();
            int before = proposalsOfColombia();

            for (String authorization : new String[] {
                "Basic Zm9vOmJhcg==",
                "Negotiate eA==",
                "Bearer ",
                "Bearer",
                "Bearer not-a-token",
                "Bearer " + Tokens.of("fp-co").replaceAll(".$", "")
            }) {
                HttpResponse<String> forged = post(Map.of("Cookie", session, "Authorization", authorization));
                assertTrue(
                        forged.statusCode() == 401 || forged.statusCode() == 403,
                        "'" + authorization + "' with the session and no CSRF token: " + forged.statusCode() + " "
                                + forged.body());
                assertEquals("application/problem+json", Agent.contentType(forged));
            }
            assertEquals(403, post(Map.of("Cookie", session)).statusCode(), "no header at all");
            assertEquals(before, proposalsOfColombia(), "nothing was created by the forged requests");

            // the same session with its token, and a real bearer token without one, are accepted
            String token = new Agent()
                    .get(Agent.http("/api/me"), "Cookie", session)
                    .headers()
                    .firstValue("X-CSRF-Token")
                    .orElseThrow();
            assertEquals(
                    201, post(Map.of("Cookie", session, "X-CSRF-Token", token)).statusCode());
            assertEquals(
                    201,
                    post(Map.of("Cookie", session, "Authorization", "Bearer " + Tokens.of("fp-co")))
                            .statusCode());
            assertEquals(before + 2, proposalsOfColombia());
        }
    }

    @Test
    void aPageScriptSendingItsOwnAuthorizationHeaderStillNeedsTheToken() {
        Browser.assumeInstalled();
        try (Browser browser = new Browser()) {
            browser.signIn("/", "fp-co", "demo-fp-co");
            browser.waitForText(By.id("signed-in-user"), "Signed in as");
            Object outcome = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const post = (headers) => fetch('/api/proposals', {method: 'POST',
                        headers: Object.assign({'Content-Type': 'application/json'}, headers),
                        body: JSON.stringify({title: 'from the page', rationale: 'csrf probe'})}).then(r => r.status);
                    (async () => {
                        const basic = await post({'Authorization': 'Basic Zm9vOmJhcg=='});
                        const emptyBearer = await post({'Authorization': 'Bearer '});
                        const token = (await fetch('/api/me')).headers.get('X-CSRF-Token');
                        const withToken = await post({'X-CSRF-Token': token});
                        done(basic + ' ' + emptyBearer + ' ' + withToken);
                    })().catch(e => done('error ' + e));
                    """);
            String[] statuses = String.valueOf(outcome).split(" ");
            assertTrue(statuses[0].equals("401") || statuses[0].equals("403"), "Basic: " + outcome);
            assertTrue(statuses[1].equals("401") || statuses[1].equals("403"), "empty Bearer: " + outcome);
            assertEquals("201", statuses[2], String.valueOf(outcome));
        }
    }

    private static HttpResponse<String> post(Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Agent.http("/api/proposals"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(PROPOSAL));
        headers.forEach(request::header);
        return new Agent().send(request);
    }

    /** Colombia's proposals: besides this class only EditionCycleIT, which runs alone, writes any. */
    private static int proposalsOfColombia() {
        HttpResponse<String> list = Agent.apiGet("api/proposals?country=CO&size=1", Tokens.of("fp-co"));
        assertEquals(200, list.statusCode(), list.body());
        return Agent.json(list).getJsonNumber("total").intValue();
    }
}
