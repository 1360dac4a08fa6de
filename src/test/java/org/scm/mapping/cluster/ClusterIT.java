package org.scm.mapping.cluster;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scm.mapping.testing.ProposalSteps.cellItem;

import jakarta.json.JsonObject;
import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Isolated;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.scm.mapping.stack.AppInstance;
import org.scm.mapping.stack.Cluster;
import org.scm.mapping.stack.StackSession;
import org.scm.mapping.testing.Api;
import org.scm.mapping.testing.Browser;
import org.scm.mapping.testing.Db;
import org.scm.mapping.testing.Mailbox;
import org.scm.mapping.testing.SameMoment;

/**
 * Two instances on the test stack's one PostgreSQL and one Keycloak, as the README's scale-out recipe
 * runs them behind a balancer: A, the deployable artifact ({@code target/scm-mapping.jar}, started with
 * {@code java -jar} and environment variables only), and B, the test run's own server (same server.xml,
 * same WAR); the balancer is simulated by choosing the instance's address. The data: the UNDP column,
 * themes 2 to 5.
 */
@Isolated("it holds the mapping lock to make two approvals meet, and starts an instance of its own")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String SESSION_COOKIE = "JSESSIONID";

    private static AppInstance instanceA;
    private static String a;
    private static String b;
    private static long migrationsBeforeA;
    private static long migrationsAfterA;

    @BeforeAll
    static void twoInstances() throws SQLException {
        migrationsBeforeA = Db.count("select count(*) from flyway_schema_history");
        Cluster cluster = StackSession.cluster().awaitReady();
        migrationsAfterA = Db.count("select count(*) from flyway_schema_history");
        instanceA = cluster.a();
        a = instanceA.url();
        b = cluster.b();
    }

    @AfterAll
    static void stopThem() {
        StackSession.stopCluster();
    }

    @Test
    @Order(0)
    void anInstanceStartingOnTheMigratedDatabaseMigratesNothing() throws SQLException {
        assertEquals(migrationsBeforeA, migrationsAfterA, "A found every migration applied");
        assertEquals(0, Db.count("select count(*) from flyway_schema_history where not success"));
        assertEquals(1, Db.count("select count(*) from revision where action = 'edition 2014 import'"));
    }

    @Test
    @Order(1)
    void aBrowserSignedInThroughAIsSignedInOnBAndSigningOutOnBEndsItOnA() throws SQLException {
        Browser.assumeInstalled();
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            browser.signInAt(a, "/", "fp-uy", "demo-fp-uy");
            String cookie = sessionCookie(driver);
            assertEquals("fp-uy", me(a, cookie).ok().getString("username"));

            // the session A made, as it is: B knows it (the browser would also get a new one silently through
            // Keycloak's single sign-on, so only the cookie A set proves the session is shared)
            assertEquals("fp-uy", me(b, cookie).ok().getString("username"));
            assertTrue(
                    Db.count(
                                    "select count(*) from signed_in_session s join http_sessions h"
                                            + " on h.id = s.http_session_id where s.username = ?",
                                    "fp-uy")
                            > 0,
                    "the signed-in session has Liberty's row of it (SessionIds forgets rows without one)");
            // and the same browser (cookies belong to the host, not the port) opens B's pages signed in
            driver.get(b);
            browser.waitForText(By.id("signed-in-user"), "fp-uy");
            assertTrue(driver.getCurrentUrl().startsWith(b), driver.getCurrentUrl());

            driver.get(b + "logout");
            browser.waiting(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("signed-out"));

            me(a, cookie).problem(401);
            me(b, cookie).problem(401);
            driver.get(a);
            browser.waiting(Duration.ofSeconds(30))
                    .until(ExpectedConditions.urlContains("/realms/scm/protocol/openid-connect/auth"));
        }
    }

    @Test
    @Order(2)
    void conflictingApprovalsThroughAAndBAtTheSameMomentApplyExactlyOne() throws Exception {
        long peru = proposal(a, "fp-pe", "UNDP on development, from Peru", cellItem("UNDP", 2, "INVOLVED"));
        long chile = proposal(b, "fp-cl", "UNDP on development, from Chile", cellItem("UNDP", 2, "NONE"));
        assertEquals("STRONG", level(b, 2), "xx in 2014; both proposals change it");

        Api ana = Api.as("sec-ana").at(a).ifMatch(etag(a, "sec-ana", peru));
        Api luis = Api.as("sec-luis").at(b).ifMatch(etag(b, "sec-luis", chile));
        List<Api.Response> answers = SameMoment.both(
                () -> ana.post("api/proposals/" + peru + "/approve", "{}"),
                () -> luis.post("api/proposals/" + chile + "/approve", "{}"));
        List<Integer> codes = List.of(answers.get(0).status(), answers.get(1).status());

        assertTrue(
                codes.contains(200) && codes.contains(409),
                codes + " " + answers.get(0).body() + answers.get(1).body());
        String winner = answers.get(0).status() == 200 ? "INVOLVED" : "NONE";
        assertEquals(winner, level(a, 2));
        assertEquals(winner, level(b, 2));
    }

    @Test
    @Order(3)
    void anApprovalThroughAIsReadThroughBAtOnceAndMailedOnce() {
        Api.Response before = Api.as("observer").at(b).get("api/matrix");
        before.expect(200);
        assertEquals("INVOLVED", level(b, 3), "x in 2014, and B keeps what it read");

        long proposal = proposal(a, "fp-pe", "UNDP on remittances", cellItem("UNDP", 3, "STRONG"));
        Api.as("sec-ana")
                .at(a)
                .ifMatch(etag(a, "sec-ana", proposal))
                .post("api/proposals/" + proposal + "/approve", "{}")
                .ok();

        assertEquals("STRONG", level(b, 3), "the very next read through B");
        // its mail goes once, though both instances send from the one outbox
        String subject = "Propuesta " + proposal + " aprobada";
        Mailbox.awaitOne("fp-pe", subject);
        await("no second copy")
                .during(Duration.ofSeconds(4))
                .atMost(Duration.ofSeconds(10))
                .until(() -> Mailbox.to("fp-pe", subject).size() == 1);
        Api.Response after =
                Api.as("observer").at(b).header("If-None-Match", before.etag()).get("api/matrix");
        assertEquals(200, after.status(), "the matrix B kept before the approval is stale: no 304");
        assertNotEquals(before.etag(), after.etag());
    }

    @Test
    @Order(4)
    void behindABalancerThatEndsTlsTheInstanceSeesTheHttpsRequest() {
        Api browser = Api.anonymous().accept("text/html");

        Api.Response forwardedAsHttps =
                browser.header("X-Forwarded-Proto", "https").at(b).get("matrix").expect(302);
        String returnTo = forwardedAsHttps.header("Location").orElseThrow();
        // the balancer keeps the Host header (here the instance's own address, called directly)
        assertTrue(
                returnTo.contains("redirect_uri=https%3A%2F%2Flocalhost%3A"
                        + URI.create(b).getPort() + "%2Fmatrix"),
                returnTo);
        assertTrue(forwardedAsHttps.header("Strict-Transport-Security").isPresent(), "HSTS, as over HTTPS");

        Api.Response plain = browser.at(b).get("matrix").expect(302);
        assertTrue(plain.header("Location").orElseThrow().contains("redirect_uri=http%3A%2F%2F"));
        assertFalse(plain.header("Strict-Transport-Security").isPresent());
    }

    @Test
    @Order(5)
    void anInstanceReportsItsMetricsWhenTelemetryIsOn() {
        Api.as("observer").at(a).get("api/themes").expect(200);
        await("A's HTTP metrics in its log")
                .atMost(Duration.ofSeconds(30))
                .until(() -> instanceA.log().contains("http.server.request.duration"));
    }

    @Test
    @Order(6)
    void whenAStopsTheClientCarriesOnThroughBWithNothingLost() {
        Browser.assumeInstalled();
        String cookie;
        try (Browser browser = new Browser()) {
            browser.signInAt(a, "/", "fp-py", "demo-fp-py");
            cookie = sessionCookie(browser.driver());
        }
        // the page's own calls: the browser session's cookie and its CSRF token
        Api.Response me = me(a, cookie).expect(200);
        String csrf = me.header("X-CSRF-Token").orElseThrow();
        Api session =
                Api.anonymous().header("Cookie", SESSION_COOKIE + "=" + cookie).header("X-CSRF-Token", csrf);

        long proposal = session.at(a)
                .post("api/proposals", "{\"title\":\"UNDP, written while A stops\",\"rationale\":\"failover\"}")
                .expect(201)
                .json()
                .getJsonNumber("id")
                .longValue();
        session.at(a)
                .ifMatch(session.at(a).get("api/proposals/" + proposal).etag())
                .post("api/proposals/" + proposal + "/items", cellItem("UNDP", 4, "STRONG"))
                .expect(201);

        instanceA.kill();
        assertFalse(instanceA.isRunning());
        assertThrows(IllegalStateException.class, () -> me(a, cookie), "A answers no more");

        Api throughB = session.at(b);
        throughB.ifMatch(throughB.get("api/proposals/" + proposal).etag())
                .post("api/proposals/" + proposal + "/items", cellItem("UNDP", 5, "NONE"))
                .expect(201);
        JsonObject submitted = throughB.ifMatch(
                        throughB.get("api/proposals/" + proposal).etag())
                .post("api/proposals/" + proposal + "/submit", "{}")
                .ok();
        assertEquals("SUBMITTED", submitted.getString("status"));
        assertEquals(2, submitted.getJsonArray("items").size(), submitted.toString());
        assertEquals("fp-py", me(b, cookie).ok().getString("username"), "the session lives on without A");
    }

    private static Api.Response me(String instance, String cookie) {
        return Api.anonymous()
                .at(instance)
                .header("Cookie", SESSION_COOKIE + "=" + cookie)
                .get("api/me");
    }

    private static String sessionCookie(WebDriver driver) {
        Cookie cookie = driver.manage().getCookieNamed(SESSION_COOKIE);
        assertTrue(cookie != null, "no session cookie after sign-in");
        return cookie.getValue();
    }

    /** A submitted proposal of {@code focalPoint}'s country with one item, written through {@code instance}. */
    private static long proposal(String instance, String focalPoint, String title, String item) {
        Api api = Api.as(focalPoint).at(instance);
        long id = api.post("api/proposals", "{\"title\":\"" + title + "\",\"rationale\":\"two instances\"}")
                .expect(201)
                .json()
                .getJsonNumber("id")
                .longValue();
        api.ifMatch(etag(instance, focalPoint, id))
                .post("api/proposals/" + id + "/items", item)
                .expect(201);
        api.ifMatch(etag(instance, focalPoint, id))
                .post("api/proposals/" + id + "/submit", "{}")
                .expect(200);
        return id;
    }

    private static String etag(String instance, String user, long proposal) {
        return Api.as(user)
                .at(instance)
                .get("api/proposals/" + proposal)
                .expect(200)
                .etag();
    }

    private static String level(String instance, int theme) {
        return Api.as("observer")
                .at(instance)
                .get("api/matrix/cells/UNDP/" + theme)
                .ok()
                .getString("level");
    }
}
