package org.scm.mapping.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scm.mapping.stack.Database;
import org.scm.mapping.stack.StackSession;
import org.scm.mapping.testing.Api;
import org.scm.mapping.testing.Deployments;
import org.scm.mapping.testing.Tokens;

/** Health, OpenAPI and the revision written for an audited change. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.app();
    }

    @Test
    void readyWhenDatabaseAndKeycloakAnswer() {
        HttpResponse<String> response = Api.getAnonymous("health/ready");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = Api.json(response);
        assertEquals("UP", health.getString("status"));
        assertEquals("UP", check(health, "database").getString("status"));
        assertEquals("UP", check(health, "keycloak").getString("status"));
    }

    @Test
    void notReadyWhileTheDatabaseIsUnreachable() throws SQLException {
        try (Connection server = StackSession.current().database().connectToServer();
             Statement statement = server.createStatement()) {
            statement.execute("alter database " + Database.NAME + " allow_connections false");
            try {
                statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
                        + Database.NAME + "' and pid <> pg_backend_pid()");

                HttpResponse<String> down = awaitHealth(response -> response.statusCode() == 503);
                JsonObject health = Api.json(down);
                assertEquals("DOWN", health.getString("status"));
                assertEquals("DOWN", check(health, "database").getString("status"));
                assertEquals("UP", check(health, "keycloak").getString("status"));
            } finally {
                statement.execute("alter database " + Database.NAME + " allow_connections true");
            }
        }
        assertEquals(200, awaitHealth(response -> response.statusCode() == 200).statusCode(),
                "ready again once the database is back");
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        HttpResponse<String> document = Api.getAnonymous("openapi");
        assertEquals(200, document.statusCode());
        assertTrue(document.body().contains("/api/me"), document.body());
        assertEquals(200, Api.send(Api.request("openapi/ui/").GET()).statusCode());
    }

    @Test
    void auditedChangeWritesARevisionNamingTheActor() throws SQLException {
        long focalPointProbe = createProbe("fp-pe", "written by Peru");
        long secretariatProbe = createProbe("sec-luis", "written by the secretariat");

        try (Connection db = StackSession.current().database().connect()) {
            Revision peru = revisionOf(db, focalPointProbe);
            assertEquals("fp-pe", peru.actor());
            assertEquals("PE", peru.country());
            assertEquals("probe", peru.action());
            assertEquals("written by an integration test", peru.reason());
            assertTrue(Duration.between(peru.at(), Instant.now()).abs().toMinutes() < 5, "timestamp is now, UTC");

            Revision secretariat = revisionOf(db, secretariatProbe);
            assertEquals("sec-luis", secretariat.actor());
            assertNull(secretariat.country());
            assertTrue(secretariat.id() > peru.id());
        }
    }

    @Test
    void malformedJsonGets400ProblemAndStoresNothing() throws SQLException {
        long before = probeCount();
        HttpResponse<String> response = postJson("{\"label\": ");
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("application/problem+json", Api.contentType(response));
        assertEquals("body", Api.json(response).getJsonArray("fields").getJsonObject(0).getString("field"));
        assertEquals(before, probeCount());
    }

    @Test
    void invalidFieldsGet400ProblemNamingThemAndStoreNothing() throws SQLException {
        long before = probeCount();
        for (String body : new String[] {"{\"label\": \"\"}", "{\"label\": \"" + "x".repeat(41) + "\"}"}) {
            HttpResponse<String> response = postJson(body);
            assertEquals(400, response.statusCode(), response.body());
            assertEquals("application/problem+json", Api.contentType(response));
            JsonObject field = Api.json(response).getJsonArray("fields").getJsonObject(0);
            assertEquals("label", field.getString("field"), response.body());
            assertTrue(field.getString("message").length() > 3);
        }
        assertEquals(before, probeCount());
        assertEquals(200, postJson("{\"label\": \"fine\"}").statusCode(), "a valid body is accepted");
        assertEquals(before + 1, probeCount());
    }

    private static HttpResponse<String> postJson(String body) {
        return Api.send(Api.request("api/test-probes", Tokens.of("fp-cl")).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
    }

    private static long probeCount() throws SQLException {
        try (Connection db = StackSession.current().database().connect(); Statement sql = db.createStatement();
             ResultSet count = sql.executeQuery("select count(*) from audit_probe")) {
            count.next();
            return count.getLong(1);
        }
    }

    private record Revision(long id, String actor, String country, String action, String reason, Instant at) {
    }

    private static long createProbe(String user, String label) {
        HttpResponse<String> response = Api.send(Api.request("api/test-probes/" + label.replace(' ', '-'),
                Tokens.of(user)).POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, response.statusCode(), response.body());
        return Api.json(response).getJsonNumber("id").longValue();
    }

    private static Revision revisionOf(Connection db, long probeId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("""
                select r.id, r.actor_username, r.actor_country, r.action, r.reason, r.rev_timestamp
                from audit_probe_aud a join revision r on r.id = a.rev
                where a.id = ? and a.revtype = 0""")) {
            query.setLong(1, probeId);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "an audit row for probe " + probeId);
                return new Revision(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), Instant.ofEpochMilli(row.getLong(6)));
            }
        }
    }

    private static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> name.equals(check.getString("name")))
                .findFirst().orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
    }

    private static HttpResponse<String> awaitHealth(Predicate<HttpResponse<String>> expected) {
        Instant deadline = Instant.now().plusSeconds(60);
        HttpResponse<String> last;
        do {
            last = Api.getAnonymous("health/ready");
            if (expected.test(last)) {
                return last;
            }
            sleep();
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("health did not reach the expected state; last answer " + last.statusCode() + " "
                + last.body());
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
