package org.scm.mapping.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.scm.mapping.stack.StackSession;
import org.scm.mapping.testing.Api;
import org.scm.mapping.testing.Tokens;

/** The HTTP and database steps proposal tests are written in. */
final class ProposalSteps {

    private ProposalSteps() {
    }

    static HttpResponse<String> send(String method, String path, String user, String json, String ifMatch) {
        HttpRequest.Builder request = user == null ? Api.request(path) : Api.request(path, Tokens.of(user));
        request.header("Accept", "application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return Api.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)));
    }

    static JsonObject expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        return response.body().isEmpty() ? null : Api.json(response);
    }

    static long create(String user, String title) {
        return expect(201, send("POST", "api/proposals", user,
                "{\"title\":\"" + title + "\",\"rationale\":\"for a test\"}", null)).getJsonNumber("id").longValue();
    }

    static String cellItem(String organization, int theme, String level) {
        return """
                {"kind":"CELL_LEVEL","organization":"%s","theme":%d,"level":"%s","note":"test note",
                 "justification":"seen in the 2024 annual report",
                 "sources":[{"citation":"Annual report 2024, p. 12","url":"https://example.org/report"}]}
                """.formatted(organization, theme, level);
    }

    static JsonObject addItem(String user, long proposal, String item) {
        return expect(201, postItem(user, proposal, item));
    }

    static HttpResponse<String> postItem(String user, long proposal, String item) {
        return send("POST", "api/proposals/" + proposal + "/items", user, item, etag(user, proposal));
    }

    /** A transition or an approval by {@code user}, at the version that user sees now. */
    static JsonObject act(String user, long proposal, String action, String body) {
        return expect(200, actAsSeen(user, proposal, action, body));
    }

    static HttpResponse<String> actAsSeen(String user, long proposal, String action, String body) {
        return send("POST", "api/proposals/" + proposal + "/" + action, user, body, etag(user, proposal));
    }

    static JsonObject get(String user, long proposal) {
        return expect(200, send("GET", "api/proposals/" + proposal, user, null, null));
    }

    static String etag(String user, long proposal) {
        HttpResponse<String> response = send("GET", "api/proposals/" + proposal, user, null, null);
        assertEquals(200, response.statusCode(), response.body());
        return response.headers().firstValue("ETag").orElseThrow();
    }

    static String level(String organization, int theme) throws SQLException {
        try (Connection db = StackSession.current().database().connect();
             PreparedStatement query = db.prepareStatement("""
                     select i.level from involvement i join organization o on o.id = i.organization_id
                     join theme t on t.id = i.theme_id where o.code = ? and t.number = ?""")) {
            query.setString(1, organization);
            query.setInt(2, theme);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    static long count(String sql) throws SQLException {
        try (Connection db = StackSession.current().database().connect(); Statement statement = db.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    static long revisions() throws SQLException {
        return count("select count(*) from revision");
    }
}
