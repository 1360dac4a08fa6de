package org.scm.mapping.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.scm.mapping.testing.Api;

/**
 * The steps history, audit, comparison and edition tests are written in: HTTP calls as the demo users,
 * and the one way to make a revision of the mapping — a focal point proposes, submits, and the
 * secretariat approves.
 */
public final class HistorySteps {

    private HistorySteps() {}

    public static HttpResponse<String> send(
            String method, String path, String user, String json, String ifMatch, String accept) {
        Api api = Api.as(user).accept(accept);
        if (ifMatch != null) {
            api = api.ifMatch(ifMatch);
        }
        return api.send(method, path, json).raw();
    }

    /** The media type of an answer, without parameters such as charset. */
    public static String contentType(HttpResponse<String> response) {
        return response.headers()
                .firstValue("Content-Type")
                .orElse("")
                .split(";")[0]
                .trim();
    }

    /** An answer to a call without credentials. */
    public static HttpResponse<String> getAnonymous(String path) {
        return Api.anonymous().get(path).raw();
    }

    public static HttpResponse<String> get(String path, String user) {
        return send("GET", path, user, null, null, "application/json");
    }

    public static HttpResponse<String> getCsv(String path, String user) {
        return send("GET", path, user, null, null, "text/csv");
    }

    public static HttpResponse<String> post(String path, String user, String json) {
        return send("POST", path, user, json, null, "application/json");
    }

    /** The body of an answer with the expected status, as JSON. */
    public static JsonValue expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        return read(response.body());
    }

    public static JsonObject object(int status, HttpResponse<String> response) {
        return expect(status, response).asJsonObject();
    }

    /** A problem+json answer with the expected status. */
    public static JsonObject problem(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", contentType(response), response.body());
        return read(response.body()).asJsonObject();
    }

    public static JsonStructure read(String json) {
        return Json.createReader(new StringReader(json)).read();
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    public static long propose(String focalPoint, String title, String... items) {
        long id = object(
                        201,
                        post(
                                "api/proposals",
                                focalPoint,
                                "{\"title\":\"" + title + "\",\"rationale\":\"for a history test\"}"))
                .getJsonNumber("id")
                .longValue();
        for (String item : items) {
            object(
                    201,
                    send(
                            "POST",
                            "api/proposals/" + id + "/items",
                            focalPoint,
                            item,
                            etag(focalPoint, id),
                            "application/json"));
        }
        return id;
    }

    public static void submit(String focalPoint, long proposal) {
        object(
                200,
                send(
                        "POST",
                        "api/proposals/" + proposal + "/submit",
                        focalPoint,
                        "{}",
                        etag(focalPoint, proposal),
                        "application/json"));
    }

    public static void approve(String reviewer, long proposal, String reason) {
        object(
                200,
                send(
                        "POST",
                        "api/proposals/" + proposal + "/approve",
                        reviewer,
                        "{\"reason\":\"" + reason + "\",\"override\":true}",
                        etag(reviewer, proposal),
                        "application/json"));
    }

    /** A proposal of {@code focalPoint}'s country, submitted and approved by {@code reviewer}: one revision. */
    public static long applied(String focalPoint, String reviewer, String reason, String... items) {
        long proposal = propose(focalPoint, "History test " + reason, items);
        submit(focalPoint, proposal);
        approve(reviewer, proposal, reason);
        return proposal;
    }

    public static String cell(String organization, int theme, String level, String note) {
        return """
                {"kind":"CELL_LEVEL","organization":"%s","theme":%d,"level":"%s","note":"%s",
                 "justification":"seen in the annual report",
                 "sources":[{"citation":"Annual report, p. 3","url":"https://example.org/report"}]}
                """.formatted(organization, theme, level, note);
    }

    public static String field(String organization, String field, String text) {
        return """
                {"kind":"ORGANIZATION_FIELD","organization":"%s","field":"%s","text":"%s",
                 "justification":"from its website"}""".formatted(organization, field, text);
    }

    public static String etag(String user, long proposal) {
        HttpResponse<String> response = get("api/proposals/" + proposal, user);
        assertEquals(200, response.statusCode(), response.body());
        return response.headers().firstValue("ETag").orElseThrow();
    }

    /** The cell's current level, as the API says. */
    public static String level(String organization, int theme, String user) {
        return object(200, get("api/matrix/cells/" + organization + "/" + theme, user))
                .getString("level");
    }
}
