package org.scm.mapping.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.scm.mapping.stack.StackSession;
import org.scm.mapping.testing.Api;
import org.scm.mapping.testing.Browser;
import org.scm.mapping.testing.KeycloakAdmin;
import org.scm.mapping.testing.Tokens;

/**
 * Password guessing against the realm: repeated wrong passwords lock the account for a while (the right
 * password then gets no token either), weak passwords are refused, and the sign-in page says what went
 * wrong in words a person understands (OWASP ASVS 2.2.1, 2.1.1, 2.1.7; issue 8 finding 7).
 */
class BruteForceSecurityIT {

    @Test
    void repeatedWrongPasswordsLockTheAccount() {
        String user = "guessed-" + System.nanoTime();
        KeycloakAdmin.ensureUser(user, "PE", "focal-point");
        assertEquals(200, grant(user, "demo-" + user).statusCode(), "the right password works at first");
        for (int attempt = 1; attempt <= 15; attempt++) {
            HttpResponse<String> wrong = grant(user, "guess-number-" + attempt);
            assertTrue(wrong.statusCode() == 400 || wrong.statusCode() == 401, wrong.statusCode() + " " + wrong.body());
        }
        HttpResponse<String> right = grant(user, "demo-" + user);
        assertTrue(
                right.statusCode() == 400 || right.statusCode() == 401,
                "after 15 wrong passwords the right one gets no token: " + right.statusCode() + " " + right.body());
        assertTrue(!right.body().contains("access_token"), right.body());
    }

    @Test
    void theRealmRefusesWeakPasswords() {
        String user = "weak-" + System.nanoTime();
        KeycloakAdmin.ensureUser(user, "PE", "focal-point");
        for (String weak : new String[] {"abc", "123456789", user}) {
            HttpResponse<String> reset = resetPassword(user, weak);
            assertEquals(400, reset.statusCode(), "'" + weak + "' was accepted: " + reset.body());
        }
        assertEquals(204, resetPassword(user, "a-longer-passphrase-2026").statusCode());
    }

    @Test
    void aWrongPasswordIsExplainedOnTheSignInPage() {
        Browser.assumeInstalled();
        try (Browser browser = new Browser()) {
            browser.driver().get(Api.uri("/").toString());
            WebDriverWait wait = browser.waiting(Duration.ofSeconds(30));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")))
                    .sendKeys("fp-bo");
            browser.driver().findElement(By.id("password")).sendKeys("not-the-password");
            browser.driver().findElement(By.id("kc-login")).click();
            wait.until(driver ->
                    driver.findElement(By.tagName("body")).getText().contains("Invalid username or password"));
            assertTrue(browser.driver().findElement(By.id("password")).isDisplayed(), "the form is offered again");
        }
    }

    private static HttpResponse<String> grant(String username, String password) {
        URI endpoint =
                URI.create(StackSession.current().keycloak().url() + "/realms/scm/protocol/openid-connect/token");
        return new Agent()
                .send(HttpRequest.newBuilder(endpoint)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(Agent.form(Map.of(
                                "grant_type",
                                "password",
                                "client_id",
                                Tokens.CLIENT_ID,
                                "client_secret",
                                Tokens.CLIENT_SECRET,
                                "username",
                                username,
                                "password",
                                password)))));
    }

    private static HttpResponse<String> resetPassword(String username, String password) {
        String admin = Tokens.admin();
        String users = StackSession.current().keycloak().url() + "/admin/realms/scm/users";
        Agent agent = new Agent();
        HttpResponse<String> found =
                agent.get(URI.create(users + "?exact=true&username=" + username), "Authorization", "Bearer " + admin);
        JsonObject user =
                Json.createReader(new StringReader(found.body())).readArray().getJsonObject(0);
        return agent.send(HttpRequest.newBuilder(URI.create(users + "/" + user.getString("id") + "/reset-password"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("type", "password")
                        .add("value", password)
                        .add("temporary", false)
                        .build()
                        .toString())));
    }
}
