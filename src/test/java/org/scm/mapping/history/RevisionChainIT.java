package org.scm.mapping.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scm.mapping.history.HistorySteps.applied;
import static org.scm.mapping.history.HistorySteps.cell;
import static org.scm.mapping.history.HistorySteps.get;
import static org.scm.mapping.history.HistorySteps.object;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.scm.mapping.stack.StackSession;

/**
 * Tamper evidence: an untouched database verifies; changing an audit row, a revision row, an end mark
 * or a stored hash directly in the database makes verification name the revision it broke. Each
 * change is undone at once, so the chain is whole again for the tests after. Uses the DESA column.
 */
@Isolated("it tampers with the newest link of the revision chain and verifies the whole chain")
class RevisionChainIT {

    @Test
    void anUntouchedDatabaseVerifiesAndEveryChangedRowBreaksTheChainAtItsRevision() throws SQLException {
        applied("fp-sr", "sec-ana", "tamper one", cell("DESA", 20, "STRONG", "first"));
        applied("fp-sr", "sec-luis", "tamper two", cell("DESA", 20, "INVOLVED", "second"));
        JsonArray values =
                object(200, get("api/history/cells/DESA/20", "observer")).getJsonArray("values");
        long revision = values.getJsonObject(values.size() - 1)
                .getJsonNumber("revision")
                .longValue();

        JsonObject verified = verify();
        assertTrue(verified.getBoolean("valid"), verified.toString());
        assertTrue(verified.isNull("firstBroken"));
        assertEquals(
                count("select count(*) from revision"),
                verified.getJsonNumber("revisions").longValue());
        assertEquals(text("select hash from revision_link order by position desc limit 1"), verified.getString("head"));

        assertBrokenAt(
                revision,
                "update involvement_aud set note = note || '!' where rev = " + revision,
                "update involvement_aud set note = left(note, length(note) - 1) where rev = " + revision);
        assertBrokenAt(
                revision,
                "update revision set reason = reason || '!' where id = " + revision,
                "update revision set reason = left(reason, length(reason) - 1) where id = " + revision);
        assertBrokenAt(
                revision,
                "update revision set actor_username = 'sec-ana' where id = " + revision,
                "update revision set actor_username = 'sec-luis' where id = " + revision);
        assertBrokenAt(
                revision,
                "update revision_link set hash = reverse(hash) where revision = " + revision,
                "update revision_link set hash = reverse(hash) where revision = " + revision);
        assertBrokenAt(
                revision,
                "update involvement_aud set revend_tstmp = revend_tstmp + interval '1 second'" + " where revend = "
                        + revision,
                "update involvement_aud set revend_tstmp = revend_tstmp - interval '1 second' where revend = "
                        + revision);
        assertBrokenAt(
                1,
                "update organization_aud set name = name || '!' where rev = 1 and code = 'DESA'",
                "update organization_aud set name = left(name, length(name) - 1) where rev = 1 and code = 'DESA'");

        JsonObject again = verify();
        assertTrue(again.getBoolean("valid"), "whole again once undone: " + again);
        assertEquals(verified.getString("head"), again.getString("head"));
    }

    @Test
    void aPublishedEditionCitesTheHashOfItsRevision() throws SQLException {
        JsonObject edition = object(200, get("api/editions/2014", "observer"));
        assertEquals(text("select hash from revision_link where revision = 1"), edition.getString("headHash"));
        assertEquals(64, edition.getString("headHash").length());
    }

    private static void assertBrokenAt(long revision, String tamper, String undo) throws SQLException {
        execute(tamper);
        try {
            JsonObject broken = verify();
            assertFalse(broken.getBoolean("valid"), tamper);
            assertEquals(revision, broken.getJsonNumber("firstBroken").longValue(), tamper);
        } finally {
            execute(undo);
        }
        assertTrue(verify().getBoolean("valid"), "undone: " + undo);
    }

    private static JsonObject verify() {
        return object(200, get("api/audit/verify", "observer"));
    }

    private static void execute(String sql) throws SQLException {
        try (Connection db = StackSession.current().database().connect();
                PreparedStatement statement = db.prepareStatement(sql)) {
            assertTrue(statement.executeUpdate() > 0, sql);
        }
    }

    private static long count(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }

    private static String text(String sql) throws SQLException {
        try (Connection db = StackSession.current().database().connect();
                PreparedStatement statement = db.prepareStatement(sql);
                ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }
}
