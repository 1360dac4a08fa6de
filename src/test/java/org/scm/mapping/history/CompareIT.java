package org.scm.mapping.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scm.mapping.history.HistorySteps.applied;
import static org.scm.mapping.history.HistorySteps.cell;
import static org.scm.mapping.history.HistorySteps.field;
import static org.scm.mapping.history.HistorySteps.get;
import static org.scm.mapping.history.HistorySteps.getCsv;
import static org.scm.mapping.history.HistorySteps.object;
import static org.scm.mapping.history.HistorySteps.problem;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Comparing two states after a known set of approved changes, in JSON and CSV. Uses the IMO column,
 * which no other test changes; the comparison with 2014 is checked against the one made before the
 * changes, so changes other tests made elsewhere do not matter.
 */
@Isolated("it compares the whole mapping between two of its own moments")
class CompareIT {

    private static final String ORG = "IMO";

    @Test
    void showsExactlyTheChangesBetweenTwoStatesWithTheirKindsProposalsAndCounts() {
        applied(
                "fp-py",
                "sec-ana",
                "compare baseline",
                cell(ORG, 1, "NONE", "b"),
                cell(ORG, 2, "INVOLVED", "b"),
                cell(ORG, 3, "STRONG", "b"),
                cell(ORG, 4, "INVOLVED", "b"),
                cell(ORG, 5, "INVOLVED", "b"));
        long before = lastRevision();
        String from2014Before =
                getCsv("api/compare?from=2014&to=rev:" + before, "observer").body();

        long first = applied("fp-ar", "sec-ana", "compare one", cell(ORG, 1, "STRONG", "1"), cell(ORG, 2, "NONE", "2"));
        long second = applied(
                "fp-br",
                "sec-luis",
                "compare two",
                cell(ORG, 3, "INVOLVED", "3"),
                cell(ORG, 4, "STRONG", "4"),
                cell(ORG, 5, "INVOLVED", "only the note changes"),
                field(ORG, "NOTES", "Specialized agency for shipping, since 1958."));
        long after = lastRevision();

        JsonObject comparison = object(200, get("api/compare?from=rev:" + before + "&to=rev:" + after, "fp-ve"));
        assertEquals("rev:" + before, comparison.getJsonObject("from").getString("asked"));
        assertEquals(
                before,
                comparison.getJsonObject("from").getJsonNumber("revision").longValue());
        assertEquals(
                after, comparison.getJsonObject("to").getJsonNumber("revision").longValue());
        assertEquals(
                List.of(
                        ORG + ",1,NONE,STRONG,added,[" + first + "]",
                        ORG + ",2,INVOLVED,NONE,removed,[" + first + "]",
                        ORG + ",3,STRONG,INVOLVED,weakened,[" + second + "]",
                        ORG + ",4,INVOLVED,STRONG,strengthened,[" + second + "]"),
                comparison.getJsonArray("cells").stream()
                        .map(JsonObject.class::cast)
                        .map(CompareIT::line)
                        .toList());

        JsonObject counts = comparison.getJsonObject("counts");
        assertEquals(
                counts(1, 1, 1, 1, 4), counts.getJsonObject("organizations").getJsonObject(ORG));
        assertEquals(1, counts.getJsonObject("organizations").size());
        assertEquals(counts(1, 0, 0, 0, 1), counts.getJsonObject("themes").getJsonObject("1"));
        assertEquals(counts(0, 0, 1, 0, 1), counts.getJsonObject("themes").getJsonObject("4"));
        assertEquals(4, counts.getJsonObject("themes").size());
        assertEquals(counts(1, 1, 1, 1, 4), counts.getJsonObject("total"));

        JsonObject organizations = comparison.getJsonObject("organizations");
        assertEquals(0, organizations.getJsonArray("added").size());
        assertEquals(0, organizations.getJsonArray("removed").size());
        JsonArray profiles = organizations.getJsonArray("changed");
        assertEquals(1, profiles.size(), profiles.toString());
        assertEquals(ORG, profiles.getJsonObject(0).getString("organization"));
        JsonObject notes = profiles.getJsonObject(0).getJsonArray("fields").getJsonObject(0);
        assertEquals("notes", notes.getString("field"));
        assertEquals("Specialized agency for shipping, since 1958.", notes.getString("to"));
        assertEquals(0, comparison.getJsonObject("themes").getJsonArray("added").size());
        assertEquals(
                0, comparison.getJsonObject("themes").getJsonArray("removed").size());

        HttpResponse<String> csv = getCsv("api/compare?from=rev:" + before + "&to=rev:" + after, "observer");
        assertEquals("text/csv", HistorySteps.contentType(csv));
        assertEquals(
                "organization,theme,from,to,change,proposals\r\n"
                        + ORG + ",1,NONE,STRONG,added," + first + "\r\n"
                        + ORG + ",2,INVOLVED,NONE,removed," + first + "\r\n"
                        + ORG + ",3,STRONG,INVOLVED,weakened," + second + "\r\n"
                        + ORG + ",4,INVOLVED,STRONG,strengthened," + second + "\r\n",
                csv.body());
        assertEquals(
                csv.body(),
                get("api/compare?format=csv&from=rev:" + before + "&to=rev:" + after, "observer")
                        .body());

        // from 2014: the cells of this column as they stand now, everything else as before these changes
        String from2014 =
                getCsv("api/compare?from=2014&to=rev:" + after, "observer").body();
        assertEquals(withoutColumn(from2014Before), withoutColumn(from2014));
        for (int theme = 1; theme <= 4; theme++) {
            String level2014 = object(200, get("api/matrix/cells/" + ORG + "/" + theme + "?edition=2014", "observer"))
                    .getString("level");
            String now = object(200, get("api/matrix/cells/" + ORG + "/" + theme + "?revision=" + after, "observer"))
                    .getString("level");
            String prefix = ORG + "," + theme + "," + level2014 + "," + now + ",";
            boolean listed = from2014.lines().anyMatch(line -> line.startsWith(prefix));
            assertEquals(!level2014.equals(now), listed, prefix + "\n" + from2014);
        }
        JsonObject toNow = object(200, get("api/compare?from=2014&to=now", "observer"));
        assertTrue(toNow.getJsonObject("to").isNull("revision"), "now is the current state");
        assertEquals(2014, toNow.getJsonObject("from").getInt("edition"));
    }

    @Test
    void eachSideIsAYearARevisionADateOrNowAndAnythingElseIsRefused() {
        assertEquals(
                0,
                object(200, get("api/compare?from=2014&to=2014-10-16", "observer"))
                        .getJsonArray("cells")
                        .size());
        assertEquals(
                0,
                object(200, get("api/compare?from=rev:1&to=2014", "observer"))
                        .getJsonArray("cells")
                        .size());
        problem(400, get("api/compare?from=yesterday&to=now", "observer"));
        problem(400, get("api/compare?from=2014", "observer"));
        problem(404, get("api/compare?from=1999&to=now", "observer"));
        problem(404, get("api/compare?from=rev:99999999&to=now", "observer"));
        problem(404, get("api/compare?from=2010-01-01&to=now", "observer"));
        assertEquals(
                401, HistorySteps.getAnonymous("api/compare?from=2014&to=now").statusCode());
    }

    private static String withoutColumn(String csv) {
        return csv.lines().filter(line -> !line.startsWith(ORG + ",")).collect(Collectors.joining("\n"));
    }

    private static JsonObject counts(int added, int removed, int strengthened, int weakened, int total) {
        return jakarta.json.Json.createObjectBuilder()
                .add("added", added)
                .add("removed", removed)
                .add("strengthened", strengthened)
                .add("weakened", weakened)
                .add("total", total)
                .build();
    }

    private static String line(JsonObject cell) {
        return cell.getString("organization") + "," + cell.getInt("theme") + "," + cell.getString("from") + ","
                + cell.getString("to") + "," + cell.getString("change") + ","
                + cell.getJsonArray("proposals").stream()
                        .map(Object::toString)
                        .collect(Collectors.joining(",", "[", "]"));
    }

    private static long lastRevision() {
        return object(200, get("api/audit?size=1", "sec-ana"))
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("revision")
                .longValue();
    }
}
