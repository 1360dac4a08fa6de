package org.scm.mapping.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scm.mapping.history.HistorySteps.applied;
import static org.scm.mapping.history.HistorySteps.cell;
import static org.scm.mapping.history.HistorySteps.encode;
import static org.scm.mapping.history.HistorySteps.field;
import static org.scm.mapping.history.HistorySteps.get;
import static org.scm.mapping.history.HistorySteps.getCsv;
import static org.scm.mapping.history.HistorySteps.object;
import static org.scm.mapping.history.HistorySteps.problem;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.scm.mapping.testing.Annex2014;

/**
 * The history of one cell and one organization, in the manner of Envers' own tests: one scenario of
 * approved proposals, each its own revision, then the exact history and the state at every step. The
 * scenario uses the ICAO column, which no other test changes; it asserts only on what it did itself,
 * so it runs on a database other tests have changed.
 */
@Isolated("it resolves a moment to the newest revision at that time, whoever made it")
class CellHistoryIT {

    private static final String ORG = "ICAO";
    private static final int THEME = 11;

    @Test
    void aCellAndAProfileShowEveryValueWithWhoProposedWhoApprovedAndWhy() {
        JsonObject before = object(200, get("api/matrix/cells/" + ORG + "/" + THEME, "observer"));
        String level0 = before.getString("level");
        String notes0 = object(200, get("api/organizations/" + ORG, "observer")).getString("notes", null);

        // Revision A: Peru proposes, sec-ana approves
        long a = applied(
                "fp-pe",
                "sec-ana",
                "reason A",
                cell(ORG, THEME, level0.equals("STRONG") ? "INVOLVED" : "STRONG", "note A"));
        // Revision B: Chile proposes, sec-luis approves
        long b = applied("fp-cl", "sec-luis", "reason B", cell(ORG, THEME, "INVOLVED", "note B"));
        // Revision C: Peru changes the profile's notes and clears the cell in one proposal
        long c = applied(
                "fp-pe",
                "sec-ana",
                "reason C",
                cell(ORG, THEME, "NONE", "cleared"),
                field(ORG, "NOTES", "Observer of the SCM since 2019."));

        JsonObject history = object(200, get("api/history/cells/" + ORG + "/" + THEME, "observer"));
        assertEquals(ORG, history.getString("organization"));
        assertEquals(THEME, history.getInt("theme"));
        JsonArray values = history.getJsonArray("values");
        int n = values.size();
        assertTrue(n >= 4, values.toString());
        JsonObject imported = values.getJsonObject(0);
        assertEquals(1, imported.getInt("revision"), "the 2014 import comes first");
        assertEquals("2014-10-16T00:00:00Z", imported.getString("at"));
        assertEquals("system", imported.getString("actor"));
        assertTrue(imported.isNull("proposal"));
        assertTrue(imported.isNull("reviewer"));
        assertEquals("edition 2014 import", imported.getString("action"));

        JsonObject valueA = values.getJsonObject(n - 3);
        JsonObject valueB = values.getJsonObject(n - 2);
        JsonObject valueC = values.getJsonObject(n - 1);
        assertValue(valueA, a, level0.equals("STRONG") ? "INVOLVED" : "STRONG", "note A", "PE", "sec-ana", "reason A");
        assertValue(valueB, b, "INVOLVED", "note B", "CL", "sec-luis", "reason B");
        assertValue(valueC, c, "NONE", "cleared", "PE", "sec-ana", "reason C");
        long revA = valueA.getJsonNumber("revision").longValue();
        long revB = valueB.getJsonNumber("revision").longValue();
        long revC = valueC.getJsonNumber("revision").longValue();
        assertTrue(revA < revB && revB < revC, "oldest first");

        // the state at each step, as Envers' tests check find(entity, id, rev)
        assertEquals(level0, cellAt("revision=" + (revA - 1)));
        assertEquals(valueA.getString("level"), cellAt("revision=" + revA));
        assertEquals("INVOLVED", cellAt("revision=" + revB));
        assertEquals("NONE", cellAt("revision=" + revC));
        assertEquals(level0, cellAt("edition=2014"));

        // the profile: created by the import, its notes changed by C with a word diff
        JsonObject profile = object(200, get("api/history/organizations/" + ORG, "fp-br"));
        JsonArray changes = profile.getJsonArray("changes");
        JsonObject created = changes.getJsonObject(0);
        assertEquals("created", created.getString("type"));
        assertEquals(1, created.getInt("revision"));
        JsonObject last = changes.getJsonObject(changes.size() - 1);
        assertEquals("changed", last.getString("type"));
        assertEquals(revC, last.getJsonNumber("revision").longValue());
        assertEquals(c, last.getJsonNumber("proposal").longValue());
        assertEquals("PE", last.getString("proposingCountry"));
        assertEquals("sec-ana", last.getString("reviewer"));
        JsonArray fields = last.getJsonArray("fields");
        assertEquals(1, fields.size(), fields.toString());
        JsonObject notes = fields.getJsonObject(0);
        assertEquals("notes", notes.getString("field"));
        assertEquals("Observer of the SCM since 2019.", notes.getString("to"));
        if (notes0 == null) {
            assertTrue(notes.isNull("from"));
        } else {
            assertEquals(notes0, notes.getString("from"));
            String inserted = notes.getJsonArray("diff").stream()
                    .map(JsonObject.class::cast)
                    .filter(segment -> segment.getString("op").equals("INSERT"))
                    .map(segment -> segment.getString("text"))
                    .reduce("", String::concat);
            assertTrue(inserted.contains("2019."), notes.toString());
        }
        assertEquals(
                changes.size(),
                changes.stream()
                        .map(JsonObject.class::cast)
                        .map(change -> change.getInt("revision"))
                        .distinct()
                        .count(),
                "one change per revision");
    }

    @Test
    void atADateOrInstantReadsTheStateOfThatMomentAndBeforeTheFirstRevisionIsNotFound() {
        String level0 =
                object(200, get("api/matrix/cells/" + ORG + "/7", "observer")).getString("level");
        long proposal =
                applied("fp-uy", "sec-ana", "at test", cell(ORG, 7, level0.equals("STRONG") ? "NONE" : "STRONG", "at"));
        JsonArray values =
                object(200, get("api/history/cells/" + ORG + "/7", "observer")).getJsonArray("values");
        JsonObject change = values.getJsonObject(values.size() - 1);
        assertEquals(proposal, change.getJsonNumber("proposal").longValue());
        Instant at = Instant.parse(change.getString("at"));

        assertEquals(level0, cellAt(7, "at=" + encode(at.minusMillis(1).toString())), "just before the change");
        assertEquals(change.getString("level"), cellAt(7, "at=" + encode(at.toString())), "just after it");
        assertEquals(
                change.getString("level"),
                cellAt(7, "at=" + encode(at.plusSeconds(1).toString())));
        assertEquals(level0, cellAt(7, "at=2014-10-16"), "a date is the end of that day, UTC");
        assertEquals(level0, cellAt(7, "at=2014-10-16T00:00:00Z"));
        JsonObject matrix = object(200, get("api/matrix?at=" + encode(at.toString()), "fp-ar"));
        assertEquals(
                change.getJsonNumber("revision").longValue(),
                matrix.getJsonNumber("revision").longValue());

        for (String path : List.of(
                "api/matrix",
                "api/organizations",
                "api/organizations/" + ORG,
                "api/themes",
                "api/themes/4",
                "api/matrix/cells/" + ORG + "/7")) {
            JsonObject notFound = problem(404, get(path + "?at=2014-10-15", "observer"));
            assertTrue(notFound.getString("detail").contains("2014-10-15"), notFound.toString());
            assertEquals(200, get(path + "?at=2014-10-16", "observer").statusCode(), path);
            problem(400, get(path + "?at=2014-10-16&edition=2014", "observer"));
            problem(400, get(path + "?at=not-a-date", "observer"));
        }
        assertEquals(404, getCsv("api/matrix?at=2014-10-15", "observer").statusCode());
    }

    @Test
    void theMatrixOfEdition2014StillEqualsTheAnnexAfterLaterChanges() {
        applied("fp-bo", "sec-luis", "edition test", cell(ORG, 13, "STRONG", "later"));
        assertEquals(
                Annex2014.load().text(),
                getCsv("api/matrix?edition=2014", "observer").body().replace("\r\n", "\n"));
        assertEquals(
                Annex2014.load().text(),
                getCsv("api/matrix?at=2014-10-16", "observer").body().replace("\r\n", "\n"));
        assertEquals(
                29,
                HistorySteps.expect(200, get("api/themes?edition=2014", "observer"))
                        .asJsonArray()
                        .size());
        assertEquals("STRONG", cellAt(13, "revision=" + lastRevisionOf(13)));
        assertEquals(
                "STRONG",
                cellAt(13, "at=" + encode(Instant.now().plusSeconds(60).toString())));
    }

    @Test
    void anUnknownCellOrOrganizationHasNoHistory() {
        problem(404, get("api/history/cells/NOPE/1", "observer"));
        problem(404, get("api/history/cells/" + ORG + "/999", "observer"));
        problem(404, get("api/history/organizations/NOPE", "observer"));
        problem(400, get("api/history/cells/" + ORG + "/x", "observer"));
        assertEquals(
                401,
                HistorySteps.getAnonymous("api/history/cells/" + ORG + "/1").statusCode());
    }

    private static long lastRevisionOf(int theme) {
        JsonArray values = object(200, get("api/history/cells/" + ORG + "/" + theme, "observer"))
                .getJsonArray("values");
        return values.getJsonObject(values.size() - 1).getJsonNumber("revision").longValue();
    }

    private static void assertValue(
            JsonObject value,
            long proposal,
            String level,
            String note,
            String country,
            String reviewer,
            String reason) {
        assertEquals(level, value.getString("level"), value.toString());
        if (note == null) {
            assertTrue(value.isNull("note"), value.toString());
        } else {
            assertEquals(note, value.getString("note"));
        }
        assertEquals(proposal, value.getJsonNumber("proposal").longValue());
        assertEquals(country, value.getString("proposingCountry"), "who proposed");
        assertEquals(reviewer, value.getString("reviewer"), "who approved");
        assertEquals(reviewer, value.getString("actor"));
        assertTrue(value.isNull("actorCountry"), "the secretariat acts for no country");
        assertEquals(reason, value.getString("reason"));
        assertEquals("proposal approved", value.getString("action"));
        assertFalse(value.getString("at").isEmpty());
    }

    private static String cellAt(String query) {
        return cellAt(THEME, query);
    }

    private static String cellAt(int theme, String query) {
        return object(200, get("api/matrix/cells/" + ORG + "/" + theme + "?" + query, "observer"))
                .getString("level");
    }
}
