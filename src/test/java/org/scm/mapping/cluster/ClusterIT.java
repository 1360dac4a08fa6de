package org.scm.mapping.cluster;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scm.mapping.cluster.ClusterSteps.etag;
import static org.scm.mapping.cluster.ClusterSteps.level;
import static org.scm.mapping.cluster.ClusterSteps.me;
import static org.scm.mapping.cluster.ClusterSteps.proposal;
import static org.scm.mapping.cluster.ClusterSteps.sessionCookie;
import static org.scm.mapping.testing.ProposalSteps.cellItem;

import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.scm.mapping.stack.AppInstance;
import org.scm.mapping.stack.StackSession;
import org.scm.mapping.testing.Api;
import org.scm.mapping.testing.Browser;
import org.scm.mapping.testing.Db;
import org.scm.mapping.testing.Mailbox;

/**
 * Two instances on the test stack's one PostgreSQL and one Keycloak, as the README's scale-out recipe
 * runs them behind a balancer: A, the deployable artifact ({@code target/scm-mapping.jar}, started with
 * {@code java -jar} and environment variables only), and B, the test run's own server (same server.xml,
 * same WAR); the balancer is simulated by choosing the instance's address. The data: the UNDP column,
 * theme 3. What needs the app to itself (two approvals held to meet on the mapping lock, and A's end) is
 * ClusterConflictAndFailoverIT's, which runs alone and uses the same instance A.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static AppInstance instanceA;
    private static String a;
    private static String b;
    private static long migrationsBeforeA;
    private static long migrationsAfterA;

    @BeforeAll
    static void twoInstances() throws SQLException {
        migrationsBeforeA = Db.count("select count(*) from flyway_schema_history");
        instanceA = StackSession.instanceA().awaitReady();
        migrationsAfterA = Db.count("select count(*) from flyway_schema_history");
        a = instanceA.url();
        b = StackSession.current().appUrl();
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
}
