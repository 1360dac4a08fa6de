package org.scm.mapping.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scm.mapping.history.HistorySteps.applied;
import static org.scm.mapping.history.HistorySteps.cell;
import static org.scm.mapping.history.HistorySteps.encode;
import static org.scm.mapping.history.HistorySteps.get;
import static org.scm.mapping.history.HistorySteps.getCsv;
import static org.scm.mapping.history.HistorySteps.object;
import static org.scm.mapping.history.HistorySteps.problem;
import static org.scm.mapping.history.HistorySteps.propose;
import static org.scm.mapping.history.HistorySteps.submit;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The audit log: each filter finds an approval, pages are bounded, the CSV is the same list, and no
 * endpoint of history shows another country's draft. Uses the IFAD column, which no other test changes.
 */
@Isolated("it pages through the whole audit log, newest first")
class AuditLogIT {

    private static final String ORG = "IFAD";

    @Test
    void everyFilterFindsAnApprovalAndTheLogIsNewestFirst() {
        long proposal = applied("fp-ec", "sec-luis", "audit filters", cell(ORG, 12, "STRONG", "audit"));
        JsonObject seen = object(200, get("api/audit?proposal=" + proposal, "observer"));
        assertEquals(1, seen.getInt("total"), "an observer sees the applied change only: " + seen);
        JsonObject approval = seen.getJsonArray("items").getJsonObject(0);
        long revision = approval.getJsonNumber("revision").longValue();
        assertEquals("proposal approved", approval.getString("action"));
        assertEquals("sec-luis", approval.getString("actor"));
        assertEquals("sec-luis", approval.getString("reviewer"));
        assertEquals("EC", approval.getString("proposingCountry"));
        assertEquals("audit filters", approval.getString("reason"));
        assertTrue(approval.getBoolean("mapping"));
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        for (String filter : List.of(
                "actor=sec-luis",
                "country=EC",
                "organization=" + ORG,
                "theme=12",
                "action=" + encode("proposal approved"),
                "proposal=" + proposal,
                "from=" + today,
                "to=" + today,
                "from=" + encode(approval.getString("at")),
                "to=" + encode(approval.getString("at")),
                "organization=" + ORG + "&theme=12&actor=sec-luis&country=EC&from=2014-10-16")) {
            assertTrue(revisions("api/audit?size=200&" + filter, "fp-pe").contains(revision), filter);
        }
        for (String filter : List.of(
                "actor=sec-ana&proposal=" + proposal,
                "country=PE&proposal=" + proposal,
                "organization=UNHCR&proposal=" + proposal,
                "theme=13&proposal=" + proposal,
                "action=" + encode("edition opened") + "&proposal=" + proposal,
                "to=2014-10-16")) {
            assertFalse(revisions("api/audit?size=200&" + filter, "fp-pe").contains(revision), filter);
        }
        assertEquals(List.of(1L), revisions("api/audit?to=2014-10-16", "observer"), "only the import by then");

        List<Long> newestFirst = revisions("api/audit?size=200", "sec-ana");
        for (int i = 1; i < newestFirst.size(); i++) {
            assertTrue(newestFirst.get(i - 1) > newestFirst.get(i), newestFirst.toString());
        }

        List<String> ownActions = actions("api/audit?size=200&proposal=" + proposal, "fp-ec");
        assertTrue(ownActions.contains("proposal created"), ownActions.toString());
        assertTrue(ownActions.contains("proposal approved"), ownActions.toString());
        assertEquals(
                ownActions,
                actions("api/audit?size=200&proposal=" + proposal, "sec-ana"),
                "the secretariat sees the drafting of a submitted proposal");
        assertEquals(List.of("proposal approved"), actions("api/audit?size=200&proposal=" + proposal, "fp-ar"));
    }

    @Test
    void pagesAreBoundedAndTheCsvExportsTheSameFilteredList() {
        applied("fp-gy", "sec-ana", "audit pages", cell(ORG, 16, "INVOLVED", "pages"));
        JsonObject first = object(200, get("api/audit?size=1", "observer"));
        JsonObject second = object(200, get("api/audit?size=1&page=1", "observer"));
        assertEquals(1, first.getJsonArray("items").size());
        assertEquals(0, first.getInt("page"));
        assertEquals(1, first.getInt("size"));
        assertTrue(first.getInt("total") >= 2);
        assertTrue(first.getJsonArray("items").getJsonObject(0).getInt("revision")
                > second.getJsonArray("items").getJsonObject(0).getInt("revision"));
        for (String bad : List.of(
                "size=0",
                "size=201",
                "page=-1",
                "page=10001",
                "page=x",
                "size=1.5",
                "theme=x",
                "proposal=x",
                "from=yesterday",
                "to=2014-13-01")) {
            problem(400, get("api/audit?" + bad, "observer"));
        }

        String filter = "organization=" + ORG;
        JsonObject json = object(200, get("api/audit?size=200&" + filter, "observer"));
        HttpResponse<String> csv = getCsv("api/audit?" + filter, "observer");
        assertEquals(200, csv.statusCode());
        assertEquals("text/csv", HistorySteps.contentType(csv));
        String[] lines = csv.body().split("\r\n");
        assertEquals(
                "revision,at,action,actor,actor_country,mapping,proposal,proposing_country,reviewer,reason,"
                        + "conflict_override",
                lines[0]);
        assertEquals(json.getInt("total"), lines.length - 1);
        assertEquals(
                json.getJsonArray("items").stream()
                        .map(JsonObject.class::cast)
                        .map(item -> String.valueOf(item.getInt("revision")))
                        .toList(),
                List.of(lines).subList(1, lines.length).stream()
                        .map(line -> line.split(",")[0])
                        .toList());
        assertEquals(csv.body(), getCsvByFormat("api/audit?format=csv&" + filter));
        assertEquals(401, HistorySteps.getAnonymous("api/audit").statusCode());
    }

    @Test
    void noEndpointShowsAnotherCountrysDraft() {
        String secret = "SECRET-CL-" + System.nanoTime();
        long draft = propose("fp-cl", "Draft " + secret, cell(ORG, 14, "STRONG", secret));
        for (String outsider : List.of("fp-pe", "observer", "sys-admin", "sec-ana")) {
            assertNothingOf(draft, secret, outsider);
        }
        assertTrue(
                actions("api/audit?proposal=" + draft, "fp-cl").contains("proposal created"),
                "its own country sees it");
        assertTrue(actions("api/audit?proposal=" + draft, "fp-cl").contains("proposal item added"));

        submit("fp-cl", draft);
        assertTrue(
                actions("api/audit?proposal=" + draft, "sec-ana").contains("proposal item added"),
                "submitted: the secretariat sees its drafting");
        for (String outsider : List.of("fp-pe", "observer", "sys-admin")) {
            assertNothingOf(draft, secret, outsider);
        }
    }

    private static void assertNothingOf(long draft, String secret, String user) {
        assertEquals(0, object(200, get("api/audit?proposal=" + draft, user)).getInt("total"), user);
        assertEquals(
                0,
                object(200, get("api/audit?country=CL&proposal=" + draft, user)).getInt("total"),
                user);
        JsonObject log = object(200, get("api/audit?size=200", user));
        assertFalse(
                log.getJsonArray("items").stream()
                        .map(JsonObject.class::cast)
                        .anyMatch(item -> !item.isNull("proposal")
                                && item.getJsonNumber("proposal").longValue() == draft),
                user);
        for (String path : List.of(
                "api/audit?size=200",
                "api/history/cells/" + ORG + "/14",
                "api/history/organizations/" + ORG,
                "api/compare?from=2014&to=now",
                "api/matrix/cells/" + ORG + "/14")) {
            assertFalse(get(path, user).body().contains(secret), user + " " + path);
        }
        assertFalse(getCsv("api/audit", user).body().contains(secret), user);
    }

    private static String getCsvByFormat(String path) {
        HttpResponse<String> response = get(path, "observer");
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static List<Long> revisions(String path, String user) {
        return items(path, user).stream()
                .map(item -> item.getJsonNumber("revision").longValue())
                .toList();
    }

    private static List<String> actions(String path, String user) {
        return items(path, user).stream().map(item -> item.getString("action")).toList();
    }

    private static List<JsonObject> items(String path, String user) {
        JsonArray items = object(200, get(path, user)).getJsonArray("items");
        return items.stream().map(JsonObject.class::cast).toList();
    }
}
