package org.scm.mapping.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.scm.mapping.cluster.ClusterSteps.SESSION_COOKIE;
import static org.scm.mapping.cluster.ClusterSteps.etag;
import static org.scm.mapping.cluster.ClusterSteps.level;
import static org.scm.mapping.cluster.ClusterSteps.me;
import static org.scm.mapping.cluster.ClusterSteps.proposal;
import static org.scm.mapping.cluster.ClusterSteps.sessionCookie;
import static org.scm.mapping.testing.ProposalSteps.cellItem;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Isolated;
import org.scm.mapping.stack.AppInstance;
import org.scm.mapping.stack.StackSession;
import org.scm.mapping.testing.Api;
import org.scm.mapping.testing.Browser;
import org.scm.mapping.testing.SameMoment;

/**
 * The part of the two-instance checks (see ClusterIT, which shares its instance A) that needs the app to
 * itself: two conflicting approvals, one through A and one through B, held until both wait on the mapping
 * lock (other classes' approvals would wait on it too), and then A's end in the middle of a client's work.
 * The data: the UNDP column, themes 2, 4 and 5.
 */
@Isolated("it holds the mapping lock to make two approvals meet, and ends instance A")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterConflictAndFailoverIT {

    private static AppInstance instanceA;
    private static String a;
    private static String b;

    @BeforeAll
    static void twoInstances() {
        instanceA = StackSession.instanceA().awaitReady();
        a = instanceA.url();
        b = StackSession.current().appUrl();
    }

    @AfterAll
    static void stopA() {
        StackSession.stopInstanceA();
    }

    @Test
    @Order(1)
    void conflictingApprovalsThroughAAndBAtTheSameMomentApplyExactlyOne() throws Exception {
        long peru = proposal(a, "fp-pe", "UNDP on development, from Peru", cellItem("UNDP", 2, "INVOLVED"));
        long chile = proposal(b, "fp-cl", "UNDP on development, from Chile", cellItem("UNDP", 2, "NONE"));
        assertEquals("STRONG", level(b, 2), "xx in 2014; both proposals change it");

        Api ana = Api.as("sec-ana").at(a).ifMatch(etag(a, "sec-ana", peru));
        Api luis = Api.as("sec-luis").at(b).ifMatch(etag(b, "sec-luis", chile));
        List<Api.Response> answers = SameMoment.oneApplies(
                () -> ana.post("api/proposals/" + peru + "/approve", "{}"),
                () -> luis.post("api/proposals/" + chile + "/approve", "{}"));
        String winner = answers.get(0).status() == 200 ? "INVOLVED" : "NONE";
        assertEquals(winner, level(a, 2));
        assertEquals(winner, level(b, 2));
    }

    @Test
    @Order(2)
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
}
