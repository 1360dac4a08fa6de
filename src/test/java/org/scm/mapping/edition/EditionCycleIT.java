package org.scm.mapping.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scm.mapping.history.HistorySteps.applied;
import static org.scm.mapping.history.HistorySteps.cell;
import static org.scm.mapping.history.HistorySteps.encode;
import static org.scm.mapping.history.HistorySteps.expect;
import static org.scm.mapping.history.HistorySteps.get;
import static org.scm.mapping.history.HistorySteps.object;
import static org.scm.mapping.history.HistorySteps.post;
import static org.scm.mapping.history.HistorySteps.problem;
import static org.scm.mapping.history.HistorySteps.propose;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.scm.mapping.stack.StackSession;
import org.scm.mapping.testing.Mailbox;

/**
 * The edition cycle with every role: only the secretariat opens, freezes and publishes; a step the
 * state does not allow is a 409 naming the state and the allowed actions; a published edition's
 * matrix does not move when later proposals are approved. The year is the one after the last edition,
 * and whatever a failed run leaves in progress is published afterwards, so that the next test can
 * open one. Uses the FAO column at theme 21, which no other test changes. The cycle's e-mails (opened and
 * published, to every focal point in their language) are checked here rather than by a second cycle
 * elsewhere, since one edition at a time may be in progress.
 */
@Isolated("it freezes an edition, which refuses every submission meanwhile, and compares head hashes")
class EditionCycleIT {

    @AfterEach
    void publishWhateverIsInProgress() {
        for (JsonObject edition : editions()) {
            String year = String.valueOf(edition.getInt("year"));
            if (edition.getString("state").equals("OPEN")) {
                post("api/editions/" + year + "/freeze", "sec-ana", null);
            }
            if (!edition.getString("state").equals("PUBLISHED")) {
                post("api/editions/" + year + "/publish", "sec-ana", "{}");
            }
        }
    }

    @Test
    void theSecretariatOpensFreezesAndPublishesAndNobodyElseMay() {
        int year = editions().stream()
                        .mapToInt(edition -> edition.getInt("year"))
                        .max()
                        .orElseThrow()
                + 1;
        String path = "api/editions/" + year + "/";
        String opening = "{\"title\":\"Migration in the International System, " + year + " update\","
                + "\"event\":\"XXI SCM\",\"place\":\"Lima\"}";
        for (String user : List.of("fp-pe", "observer", "sys-admin")) {
            problem(403, post(path + "open", user, opening));
        }

        HttpResponse<String> created = post(path + "open", "sec-ana", opening);
        JsonObject open = object(201, created);
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/editions/" + year));
        assertEquals("OPEN", open.getString("state"));
        assertEquals(List.of("freeze"), strings(open.getJsonArray("allowedActions")));
        assertEquals("XXI SCM", open.getString("event"));
        assertTrue(open.isNull("frozenRevision") && open.isNull("headHash"), open.toString());

        assertConflict(post(path + "open", "sec-ana", opening), "OPEN", List.of("freeze"));
        assertConflict(post("api/editions/" + (year + 1) + "/open", "sec-ana", opening), "OPEN", List.of("freeze"));
        assertConflict(post("api/editions/2014/open", "sec-ana", opening), "PUBLISHED", List.of());
        assertConflict(post(path + "publish", "sec-ana", "{}"), "OPEN", List.of("freeze"));

        String level = object(200, get("api/matrix/cells/FAO/19", "fp-ve")).getString("level");
        long draft = propose(
                "fp-ve",
                "submitted while frozen",
                cell("FAO", 19, level.equals("STRONG") ? "NONE" : "STRONG", "frozen edition"));
        for (String user : List.of("fp-pe", "observer", "sys-admin")) {
            problem(403, post(path + "freeze", user, null));
        }
        JsonObject frozen = object(200, post(path + "freeze", "sec-luis", null));
        assertEquals("FROZEN", frozen.getString("state"));
        assertEquals(List.of("publish"), strings(frozen.getJsonArray("allowedActions")));
        assertConflict(post(path + "freeze", "sec-ana", null), "FROZEN", List.of("publish"));
        JsonObject closed = problem(409, post("api/proposals/" + draft + "/submit", "fp-ve", null));
        assertEquals("FROZEN", closed.getString("editionState"), "no new submissions while frozen: " + closed);
        assertEquals(year, closed.getInt("edition"));
        assertEquals(
                "DRAFT", object(200, get("api/proposals/" + draft, "fp-ve")).getString("status"));
        JsonObject whileFrozen = object(200, get("api/matrix?edition=" + year, "observer"));
        assertTrue(
                !whileFrozen.containsKey("revision") || whileFrozen.isNull("revision"),
                "a frozen edition reads the current state");

        String headBefore = object(200, get("api/audit/verify", "sec-ana")).getString("head");
        for (String user : List.of("fp-pe", "observer", "sys-admin")) {
            problem(403, post(path + "publish", user, "{}"));
        }
        JsonObject published = object(
                200,
                post(
                        path + "publish",
                        "sec-ana",
                        "{\"title\":\"Migration in the International System, " + year
                                + "\",\"notes\":\"Reviewed in Lima.\"}"));
        assertEquals("PUBLISHED", published.getString("state"));
        assertEquals(List.of(), strings(published.getJsonArray("allowedActions")));
        assertEquals("Migration in the International System, " + year, published.getString("title"));
        assertEquals("Reviewed in Lima.", published.getString("notes"));
        assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), published.getString("publishedOn"));
        assertEquals(headBefore, published.getString("headHash"), "the head of the chain when it was published");
        assertConflict(post(path + "publish", "sec-ana", "{}"), "PUBLISHED", List.of());
        assertEquals(
                "SUBMITTED",
                object(200, post("api/proposals/" + draft + "/submit", "fp-ve", null))
                        .getString("status"),
                "published: submissions are taken again");
        object(200, post("api/proposals/" + draft + "/withdraw", "fp-ve", null));
        assertConflict(post(path + "freeze", "sec-ana", null), "PUBLISHED", List.of());
        problem(404, post("api/editions/" + (year + 50) + "/freeze", "sec-ana", null));
        assertTrue(
                problem(400, post("api/editions/2013/open", "sec-luis", opening))
                        .containsKey("fields"),
                "a year before the last edition's");

        List<String> steps = object(200, get("api/audit?size=10&from=" + LocalDate.now(ZoneOffset.UTC), "observer"))
                .getJsonArray("items")
                .stream()
                .map(JsonObject.class::cast)
                .map(item -> item.getString("action"))
                .toList();
        assertTrue(
                steps.containsAll(List.of("edition opened", "edition frozen", "edition published")), steps.toString());
        assertEquals(published, object(200, get("api/editions/" + year, "fp-pe")));

        // opening and publishing are told to every focal point, each in their language (realm locale attributes)
        String editions = StackSession.current().appUrl() + "editions";
        assertTrue(Mailbox.awaitOne("fp-br", "A edição " + year + " do mapeamento está aberta a propostas")
                .body()
                .contains(editions));
        Mailbox.awaitOne("fp-pe", "La edición " + year + " del mapeo está abierta a propuestas");
        Mailbox.awaitOne("fp-gy", "Edition " + year + " of the mapping is open for proposals");
        Mailbox.awaitOne("fp-br", "A edição " + year + " do mapeamento foi publicada");
        Mailbox.awaitOne("fp-ve", "Se publicó la edición " + year + " del mapeo");
        Mailbox.awaitOne("fp-sr", "Edition " + year + " of the mapping has been published");
        assertEquals(List.of(), Mailbox.to("sec-ana", "edición " + year), "the secretariat ran the cycle itself");
        assertEquals(List.of(), Mailbox.to("observer", "Edition " + year));
    }

    @Test
    void aPublishedEditionsMatrixDoesNotMoveWhenLaterProposalsAreApproved() {
        int year = editions().stream()
                        .mapToInt(edition -> edition.getInt("year"))
                        .max()
                        .orElseThrow()
                + 1;
        object(201, post("api/editions/" + year + "/open", "sec-ana", "{\"title\":\"Edition " + year + "\"}"));
        object(200, post("api/editions/" + year + "/freeze", "sec-ana", null));
        JsonObject published = object(200, post("api/editions/" + year + "/publish", "sec-ana", "{}"));
        String cellPath = "api/matrix/cells/FAO/21";
        String level =
                object(200, get(cellPath + "?edition=" + year, "observer")).getString("level");
        JsonObject matrix = object(200, get("api/matrix?edition=" + year, "observer"));
        assertEquals(year, matrix.getInt("edition"));
        assertEquals(
                published.getJsonNumber("frozenRevision").longValue(),
                matrix.getJsonNumber("revision").longValue());

        String other = level.equals("STRONG") ? "NONE" : "STRONG";
        applied("fp-co", "sec-luis", "after the edition", cell("FAO", 21, other, "later"));

        assertEquals(other, object(200, get(cellPath, "observer")).getString("level"));
        assertEquals(
                level,
                object(200, get(cellPath + "?edition=" + year, "observer")).getString("level"));
        assertEquals(matrix, object(200, get("api/matrix?edition=" + year, "observer")));
        assertEquals(published, object(200, get("api/editions/" + year, "observer")));
        JsonObject compared = object(200, get("api/compare?from=" + year + "&to=now", "observer"));
        assertTrue(
                compared.getJsonArray("cells").stream()
                        .map(JsonObject.class::cast)
                        .anyMatch(change ->
                                change.getString("organization").equals("FAO") && change.getInt("theme") == 21),
                compared.toString());
        problem(400, get("api/organizations?edition=" + year + "&at=" + encode("2026-01-01"), "observer"));
    }

    private static void assertConflict(HttpResponse<String> response, String state, List<String> allowed) {
        JsonObject problem = problem(409, response);
        assertEquals(state, problem.getString("state"), problem.toString());
        assertEquals(allowed, strings(problem.getJsonArray("allowedActions")));
    }

    private static List<JsonObject> editions() {
        return expect(200, get("api/editions", "observer")).asJsonArray().stream()
                .map(JsonObject.class::cast)
                .toList();
    }

    private static List<String> strings(JsonArray array) {
        return array.stream()
                .map(value -> ((jakarta.json.JsonString) value).getString())
                .toList();
    }
}
