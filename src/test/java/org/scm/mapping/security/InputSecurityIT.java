package org.scm.mapping.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scm.mapping.testing.Tokens;

/**
 * Hostile input: characters PostgreSQL cannot store or that cannot be text at all, numbers past every
 * bound, values of the wrong JSON type, unknown and oversized bodies. Each is refused with a 400 (413 for
 * size) that names the field, and changes nothing (OWASP ASVS 5.1.3, 5.1.4, 5.2.1, 13.1.3, 13.2.5; issue 8
 * finding 6).
 */
class InputSecurityIT {

    /** Uruguay's: no other class writes proposals of Uruguay, so their number is this class's to count. */
    private static final String FOCAL_POINT = "fp-uy";

    @Test
    void textThatIsNotTextIsRefusedNamingTheField() {
        int before = proposalsOfUruguay();
        assertInvalid(createProposal("{\"title\":\"nul \\u0000 inside\",\"rationale\":\"r\"}"), "title");
        assertInvalid(createProposal("{\"title\":\"t\",\"rationale\":\"lone \\ud800 surrogate\"}"), "rationale");
        assertInvalid(createProposal("{\"title\":\"t\",\"rationale\":\"low \\udc00 first\"}"), "rationale");
        byte[] invalidUtf8 = concat(
                "{\"title\":\"bad ".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, 0x28},
                "\",\"rationale\":\"r\"}".getBytes(StandardCharsets.UTF_8));
        assertInvalid(
                Agent.apiSend(Agent.apiRequest("api/proposals", Tokens.of(FOCAL_POINT))
                        .header("Content-Type", "application/json; charset=utf-8")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(invalidUtf8))),
                "title");
        assertInvalid(Agent.apiGet("api/proposals?country=%00", Tokens.of(FOCAL_POINT)), "country");
        assertInvalid(Agent.apiGet("api/proposals?organization=%C3%28", Tokens.of(FOCAL_POINT)), "organization");
        assertEquals(before, proposalsOfUruguay(), "nothing was stored");
    }

    @Test
    void pagesAndSizesPastTheirBoundsAreRefused() {
        assertInvalid(Agent.apiGet("api/proposals?page=2147483647&size=200", Tokens.of(FOCAL_POINT)), "page");
        assertInvalid(Agent.apiGet("api/proposals?page=33554432&size=128", Tokens.of(FOCAL_POINT)), "page");
        assertInvalid(Agent.apiGet("api/proposals?page=-1", Tokens.of(FOCAL_POINT)), "page");
        assertInvalid(Agent.apiGet("api/proposals?size=0", Tokens.of(FOCAL_POINT)), "size");
        assertInvalid(Agent.apiGet("api/proposals?size=201", Tokens.of(FOCAL_POINT)), "size");
        assertInvalid(Agent.apiGet("api/proposals?size=99999999999", Tokens.of(FOCAL_POINT)), "size");
        HttpResponse<String> last = Agent.apiGet("api/proposals?page=10000&size=200", Tokens.of(FOCAL_POINT));
        assertEquals(200, last.statusCode(), "the largest page is answered: " + last.body());
        assertEquals(10000, Agent.json(last).getInt("page"));
    }

    @Test
    void aValueOfTheWrongJsonTypeIsRefusedNotConverted() {
        int before = proposalsOfUruguay();
        for (String title : List.of("123", "true", "1e999999", "[\"a\"]", "{\"text\":\"a\"}")) {
            assertInvalid(createProposal("{\"title\":" + title + ",\"rationale\":\"r\"}"), "title");
        }
        assertInvalid(createProposal("[\"title\"]"), "body");
        assertInvalid(createProposal("\"title\""), "body");
        assertEquals(before, proposalsOfUruguay(), "nothing was stored");

        long proposal = newProposal();
        for (String theme : List.of("1.5", "\"3\"", "true", "1e999999", "2147483648")) {
            assertInvalid(
                    send(
                            "POST",
                            "api/proposals/" + proposal + "/items",
                            FOCAL_POINT,
                            cellItem(theme),
                            etag(FOCAL_POINT, proposal)),
                    "theme");
        }
        assertInvalid(
                send(
                        "POST",
                        "api/proposals/" + proposal + "/items",
                        FOCAL_POINT,
                        cellItem("4").replace("\"https://example.org/r\"", "7"),
                        etag(FOCAL_POINT, proposal)),
                "sources[0].url");
        assertInvalid(
                send(
                        "POST",
                        "api/proposals/" + proposal + "/items",
                        FOCAL_POINT,
                        cellItem("4").replace("\"theme\":4", "\"theme\":4,\"theme\":\"4\""),
                        etag(FOCAL_POINT, proposal)),
                "body");
        assertEquals(0, view(FOCAL_POINT, proposal).getJsonArray("items").size());

        expect(
                201,
                send(
                        "POST",
                        "api/proposals/" + proposal + "/items",
                        FOCAL_POINT,
                        cellItem("4"),
                        etag(FOCAL_POINT, proposal)));
        expect(
                200,
                send("POST", "api/proposals/" + proposal + "/submit", FOCAL_POINT, "{}", etag(FOCAL_POINT, proposal)));
        assertInvalid(
                send(
                        "POST",
                        "api/proposals/" + proposal + "/approve",
                        "sec-ana",
                        "{\"reason\":\"fine\",\"override\":\"yes please\"}",
                        etag("sec-ana", proposal)),
                "override");
        assertInvalid(
                send(
                        "POST",
                        "api/proposals/" + proposal + "/approve",
                        "sec-ana",
                        "{\"reason\":\"fine\",\"override\":1}",
                        etag("sec-ana", proposal)),
                "override");
        assertEquals(
                "SUBMITTED", view("sec-ana", proposal).getString("status"), "the refused approvals changed nothing");
    }

    @Test
    void unknownFieldsAreRefusedWhateverTheirSize() {
        assertInvalid(createProposal("{\"title\":\"t\",\"rationale\":\"r\",\"status\":\"APPROVED\"}"), "status");
        String deep = "[".repeat(20_000) + "]".repeat(20_000);
        HttpResponse<String> nested = createProposal("{\"title\":\"t\",\"rationale\":\"r\",\"x\":" + deep + "}");
        assertEquals(400, nested.statusCode(), nested.body());
        assertEquals("application/problem+json", Agent.contentType(nested));
        HttpResponse<String> nestedKnown = createProposal("{\"title\":" + deep + "}");
        assertEquals(400, nestedKnown.statusCode(), nestedKnown.body());
    }

    @Test
    void bodiesOverOneMegabyteAreRefusedWith413() {
        String big = "{\"title\":\"t\",\"rationale\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}";
        HttpResponse<String> declared = createProposal(big);
        assertEquals(413, declared.statusCode(), declared.body());
        assertEquals("application/problem+json", Agent.contentType(declared));
        assertEquals(413, Agent.json(declared).getInt("status"));

        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = Agent.apiSend(Agent.apiRequest("api/proposals", Tokens.of(FOCAL_POINT))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));
        assertEquals(413, chunked.statusCode(), chunked.body());
        assertEquals("application/problem+json", Agent.contentType(chunked));
    }

    private static void assertInvalid(HttpResponse<String> response, String field) {
        assertEquals(400, response.statusCode(), response.request().uri() + " " + response.body());
        assertEquals("application/problem+json", Agent.contentType(response));
        JsonObject problem = Agent.json(response);
        assertTrue(problem.containsKey("fields"), response.body());
        List<String> fields = problem.getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                .map(entry -> entry.getString("field"))
                .toList();
        assertTrue(fields.contains(field), "expected '" + field + "' in " + response.body());
    }

    private static HttpResponse<String> createProposal(String json) {
        return send("POST", "api/proposals", FOCAL_POINT, json, null);
    }

    private static long newProposal() {
        return expect(201, createProposal("{\"title\":\"input probe\",\"rationale\":\"security test\"}"))
                .getJsonNumber("id")
                .longValue();
    }

    private static String cellItem(String theme) {
        return """
                {"kind":"CELL_LEVEL","organization":"UNHCR","theme":%s,"level":"STRONG","note":"probe",
                 "justification":"security test","sources":[{"citation":"Report 2024","url":"https://example.org/r"}]}
                """.formatted(theme);
    }

    private static HttpResponse<String> send(String method, String path, String user, String json, String ifMatch) {
        HttpRequest.Builder request = Agent.apiRequest(path, Tokens.of(user))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return Agent.apiSend(request.method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    private static JsonObject expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        return Agent.json(response);
    }

    private static String etag(String user, long proposal) {
        return Agent.apiGet("api/proposals/" + proposal, Tokens.of(user))
                .headers()
                .firstValue("ETag")
                .orElseThrow();
    }

    private static JsonObject view(String user, long proposal) {
        return expect(200, Agent.apiGet("api/proposals/" + proposal, Tokens.of(user)));
    }

    private static int proposalsOfUruguay() {
        return expect(200, Agent.apiGet("api/proposals?country=UY&size=1", Tokens.of(FOCAL_POINT)))
                .getJsonNumber("total")
                .intValue();
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
