package org.scm.mapping.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The RFC 9457 shape every API error has, as JSON. */
class ProblemTest {

    @Test
    void aProblemHasTypeTitleStatusAndDetail() {
        JsonObject json = parse(Problem.of(404, "Not found", "There is no organization 'NOPE'."));
        assertEquals("about:blank", json.getString("type"));
        assertEquals("Not found", json.getString("title"));
        assertEquals(404, json.getInt("status"));
        assertEquals("There is no organization 'NOPE'.", json.getString("detail"));
        assertFalse(json.containsKey("fields"), "no empty field list");
    }

    @Test
    void aValidationProblemNamesItsFields() {
        JsonObject json = parse(Problem.invalid(
                "Some fields are invalid.",
                List.of(new Problem.FieldProblem("items[0].level", "must be NONE, INVOLVED or STRONG"))));
        assertEquals(400, json.getInt("status"));
        JsonObject field = json.getJsonArray("fields").getJsonObject(0);
        assertEquals("items[0].level", field.getString("field"));
        assertEquals("must be NONE, INVOLVED or STRONG", field.getString("message"));
    }

    @Test
    void extensionMembersAreWrittenBesideTheStandardOnes() {
        JsonObject json = parse(new Problem(
                null,
                "Conflict",
                409,
                null,
                List.of(),
                Map.of("state", "WITHDRAWN", "allowedActions", List.of("comment"))));
        assertEquals("WITHDRAWN", json.getString("state"));
        assertEquals("comment", json.getJsonArray("allowedActions").getString(0));
        assertFalse(json.containsKey("detail"), "no detail when there is none");
        assertFalse(json.containsKey("fields"));
    }

    @Test
    void anExtensionMayNotHideAStandardMember() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Problem(null, "Conflict", 409, null, null, Map.of("status", 200)));
    }

    private static JsonObject parse(Problem problem) {
        return Json.createReader(new StringReader(problem.toJson())).readObject();
    }
}
