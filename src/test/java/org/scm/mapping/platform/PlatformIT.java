package org.scm.mapping.platform;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.scm.mapping.stack.Database;
import org.scm.mapping.stack.StackSession;
import org.scm.mapping.testing.Api;

/** Health, OpenAPI and the revision written for an audited change. */
@Isolated("it cuts the app off from the database")
class PlatformIT {

    @Test
    void readyWhenDatabaseAndKeycloakAnswer() {
        JsonObject health = Api.anonymous().get("health/ready").ok();
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

                JsonObject health = awaitHealth(503).json();
                assertEquals("DOWN", health.getString("status"));
                assertEquals("DOWN", check(health, "database").getString("status"));
                assertEquals("UP", check(health, "keycloak").getString("status"));
            } finally {
                statement.execute("alter database " + Database.NAME + " allow_connections true");
            }
        }
        assertEquals("UP", awaitHealth(200).json().getString("status"), "ready again once the database is back");
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        Api.Response document = Api.anonymous().get("openapi").expect(200);
        assertTrue(document.body().contains("/api/me"), document.body());
        Api.anonymous().accept("text/html").get("openapi/ui/").expect(200);
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
        JsonObject problem = postJson("{\"label\": ").problem(400);
        assertEquals("body", problem.getJsonArray("fields").getJsonObject(0).getString("field"));
        assertEquals(before, probeCount());
    }

    @Test
    void invalidFieldsGet400ProblemNamingThemAndStoreNothing() throws SQLException {
        long before = probeCount();
        for (String body : new String[] {"{\"label\": \"\"}", "{\"label\": \"" + "x".repeat(41) + "\"}"}) {
            JsonObject problem = postJson(body).problem(400);
            JsonObject field = problem.getJsonArray("fields").getJsonObject(0);
            assertEquals("label", field.getString("field"), problem.toString());
            assertTrue(field.getString("message").length() > 3);
        }
        assertEquals(before, probeCount());
        postJson("{\"label\": \"fine\"}").expect(200); // a valid body is accepted
        assertEquals(before + 1, probeCount());
    }

    private static Api.Response postJson(String body) {
        return Api.as("fp-cl").post("api/test-probes", body);
    }

    private static long probeCount() throws SQLException {
        try (Connection db = StackSession.current().database().connect();
                Statement sql = db.createStatement();
                ResultSet count = sql.executeQuery("select count(*) from audit_probe")) {
            count.next();
            return count.getLong(1);
        }
    }

    private record Revision(long id, String actor, String country, String action, String reason, Instant at) {}

    private static long createProbe(String user, String label) {
        return Api.as(user)
                .post("api/test-probes/" + label.replace(' ', '-'), null)
                .ok()
                .getJsonNumber("id")
                .longValue();
    }

    private static Revision revisionOf(Connection db, long probeId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("""
                select r.id, r.actor_username, r.actor_country, r.action, r.reason, r.rev_timestamp
                from audit_probe_aud a join revision r on r.id = a.rev
                where a.id = ? and a.revtype = 0""")) {
            query.setLong(1, probeId);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "an audit row for probe " + probeId);
                return new Revision(
                        row.getLong(1),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.getString(5),
                        Instant.ofEpochMilli(row.getLong(6)));
            }
        }
    }

    private static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> name.equals(check.getString("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
    }

    private static Api.Response awaitHealth(int status) {
        return await("health answering " + status)
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> Api.anonymous().get("health/ready"), response -> response.status() == status);
    }
}
