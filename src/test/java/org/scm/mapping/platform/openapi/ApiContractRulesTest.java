package org.scm.mapping.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiContractRulesTest {

    private static final String COMPONENTS = """
            "components": {
              "schemas": {
                "Problem": {"type": "object", "properties": {"type": {"type": "string"}, "title": {"type": "string"},
                  "status": {"type": "integer"}, "detail": {"type": "string"}}},
                "Thing": {"type": "object", "properties": {"id": {"type": "integer"}}}
              },
              "responses": {
                "Problem": {"description": "a problem",
                  "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}
              }
            }""";

    private static final String PROBLEMS = """
            "400": {"$ref": "#/components/responses/Problem"}, "401": {"$ref": "#/components/responses/Problem"},
            "403": {"$ref": "#/components/responses/Problem"}, "404": {"$ref": "#/components/responses/Problem"},
            "412": {"$ref": "#/components/responses/Problem"}, "413": {"$ref": "#/components/responses/Problem"},
            "500": {"$ref": "#/components/responses/Problem"}""";

    @Test
    void aDocumentedOperationPasses() {
        JsonObject document = json("""
                {"paths": {"/api/things/{id}": {"put": {"operationId": "replaceThing", "tags": ["Things"],
                  "parameters": [{"name": "id", "in": "path"}, {"name": "If-Match", "in": "header"}],
                  "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                  "responses": {"200": {"description": "the thing",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}, %s}}}},
                 %s}""".formatted(PROBLEMS, COMPONENTS));

        assertEquals(List.of(), ApiContractRules.violations(document));
    }

    @Test
    void anOperationAddedWithoutDocumentationFails() {
        JsonObject document = json("""
                {"paths": {"/api/things/{id}": {"put": {
                  "parameters": [{"name": "id", "in": "path"}, {"name": "If-Match", "in": "header"}],
                  "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Empty"}}}},
                  "responses": {"200": {"description": "OK"},
                    "404": {"description": "gone", "content": {"application/json": {"schema": {"type": "string"}}}}}}}},
                 "components": {"schemas": {"Empty": {"type": "object"}}}}""");

        List<String> violations = ApiContractRules.violations(document);

        for (String expected : List.of(
                "PUT /api/things/{id}: operationId '' is missing or does not read as a method name",
                "PUT /api/things/{id}: no tag (clients group operations by tag)",
                "PUT /api/things/{id} 200: no content described",
                "PUT /api/things/{id} 404: not described as application/problem+json",
                "PUT /api/things/{id}: does not document its 400 answer",
                "PUT /api/things/{id}: does not document its 401 answer",
                "PUT /api/things/{id}: does not document its 412 answer",
                "PUT /api/things/{id}: does not document its 413 answer",
                "schema Empty has no properties")) {
            assertTrue(violations.contains(expected), () -> "expected '" + expected + "' in " + violations);
        }
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
