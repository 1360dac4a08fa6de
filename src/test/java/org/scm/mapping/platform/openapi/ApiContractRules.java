package org.scm.mapping.platform.openapi;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What every operation of the OpenAPI document must describe, so that a client generated from it knows
 * what it sends and gets back: an operation id that reads well in code, a tag, a 2xx answer with a
 * schema for each media type, the problem answers (400, 401, 403, and 404 with path parameters, 412
 * with If-Match, 413 with a body) as {@code application/problem+json} with a problem schema, and a
 * request body with a schema. Every object schema has properties (an empty one tells a client nothing).
 * {@link #violations} lists what is missing, one line each.
 */
final class ApiContractRules {

    static final String PROBLEM = "application/problem+json";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Pattern OPERATION_ID = Pattern.compile("[a-z][a-zA-Z]+");
    private static final List<String> PROBLEM_MEMBERS = List.of("type", "title", "status", "detail");

    private ApiContractRules() {}

    static List<String> violations(JsonObject document) {
        List<String> violations = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        JsonObject paths = document.getJsonObject("paths");
        if (paths == null || paths.isEmpty()) {
            return List.of("the document has no paths");
        }
        paths.forEach((path, item) -> item.asJsonObject().forEach((method, value) -> {
            if (METHODS.contains(method)) {
                String operation = method.toUpperCase() + " " + path;
                checkOperation(document, operation, value.asJsonObject(), operationIds, violations);
            }
        }));
        JsonObject schemas = object(document, "components", "schemas");
        if (schemas != null) {
            schemas.forEach((name, schema) -> {
                if (isEmptyObject(schema.asJsonObject())) {
                    violations.add("schema " + name + " has no properties");
                }
            });
        }
        return violations;
    }

    private static void checkOperation(
            JsonObject document, String operation, JsonObject op, Set<String> operationIds, List<String> violations) {
        String id = op.getString("operationId", "");
        if (!OPERATION_ID.matcher(id).matches()) {
            violations.add(operation + ": operationId '" + id + "' is missing or does not read as a method name");
        } else if (!operationIds.add(id)) {
            violations.add(operation + ": operationId '" + id + "' is used twice");
        }
        if (!op.containsKey("tags") || op.getJsonArray("tags").isEmpty()) {
            violations.add(operation + ": no tag (clients group operations by tag)");
        }
        JsonObject responses = op.getJsonObject("responses");
        if (responses == null) {
            violations.add(operation + ": no responses");
            return;
        }
        boolean success = false;
        for (Map.Entry<String, JsonValue> answer : responses.entrySet()) {
            String status = answer.getKey();
            JsonObject response = resolve(document, answer.getValue().asJsonObject());
            if (response == null) {
                violations.add(operation + " " + status + ": refers to a response that does not exist");
                continue;
            }
            if (status.startsWith("2")) {
                success = true;
                checkSuccess(document, operation + " " + status, response, violations);
            } else if (status.startsWith("4") || status.startsWith("5")) {
                checkProblem(document, operation + " " + status, response, violations);
            }
        }
        if (!success) {
            violations.add(operation + ": no 2xx answer");
        }
        List<String> required = new ArrayList<>(List.of("400", "401", "403", "500"));
        JsonArray parameters = op.getJsonArray("parameters");
        if (parameters != null) {
            for (JsonValue value : parameters) {
                JsonObject parameter = value.asJsonObject();
                if ("path".equals(parameter.getString("in", ""))) {
                    required.add("404");
                }
                if ("header".equals(parameter.getString("in", ""))
                        && "If-Match".equalsIgnoreCase(parameter.getString("name", ""))) {
                    required.add("412");
                }
            }
        }
        if (op.containsKey("requestBody")) {
            required.add("413");
            JsonObject content = op.getJsonObject("requestBody").getJsonObject("content");
            if (content == null || content.isEmpty()) {
                violations.add(operation + ": request body without content");
            } else {
                content.forEach((mediaType, media) -> {
                    if (!hasSchema(media.asJsonObject())) {
                        violations.add(operation + ": request body " + mediaType + " without a schema");
                    }
                });
            }
        }
        for (String status : required) {
            if (!responses.containsKey(status)) {
                violations.add(operation + ": does not document its " + status + " answer");
            }
        }
    }

    private static void checkSuccess(JsonObject document, String where, JsonObject response, List<String> violations) {
        if (where.endsWith(" 204")) {
            return;
        }
        JsonObject content = response.getJsonObject("content");
        if (content == null || content.isEmpty()) {
            violations.add(where + ": no content described");
            return;
        }
        content.forEach((mediaType, media) -> {
            if (!hasSchema(media.asJsonObject())) {
                violations.add(where + " " + mediaType + ": no schema");
            } else if (mediaType.contains(";")) {
                violations.add(where + ": media type '" + mediaType + "' has parameters");
            }
        });
    }

    private static void checkProblem(JsonObject document, String where, JsonObject response, List<String> violations) {
        JsonObject content = response.getJsonObject("content");
        if (content == null || content.size() != 1 || !content.containsKey(PROBLEM)) {
            violations.add(where + ": not described as " + PROBLEM);
            return;
        }
        JsonObject schema = content.getJsonObject(PROBLEM).getJsonObject("schema");
        JsonObject resolved = schema == null ? null : resolve(document, schema);
        JsonObject properties = resolved == null ? null : resolved.getJsonObject("properties");
        if (properties == null || !properties.keySet().containsAll(PROBLEM_MEMBERS)) {
            violations.add(where + ": its schema is not a problem (" + PROBLEM_MEMBERS + ")");
        }
    }

    private static boolean hasSchema(JsonObject media) {
        JsonObject schema = media.getJsonObject("schema");
        return schema != null && (schema.containsKey("$ref") || schema.containsKey("type"));
    }

    private static boolean isEmptyObject(JsonObject schema) {
        return "object".equals(schema.getString("type", ""))
                && (!schema.containsKey("properties")
                        || schema.getJsonObject("properties").isEmpty())
                && !schema.containsKey("additionalProperties")
                && !schema.containsKey("allOf");
    }

    /** The object a {@code $ref} points to (only local references), or the object itself. */
    static JsonObject resolve(JsonObject document, JsonObject maybeRef) {
        if (!maybeRef.containsKey("$ref")) {
            return maybeRef;
        }
        String ref = maybeRef.getString("$ref");
        if (!ref.startsWith("#/")) {
            return null;
        }
        JsonObject target = document;
        for (String step : ref.substring(2).split("/")) {
            JsonValue next = target.get(step);
            if (next == null || next.getValueType() != JsonValue.ValueType.OBJECT) {
                return null;
            }
            target = next.asJsonObject();
        }
        return target;
    }

    static JsonObject object(JsonObject root, String... steps) {
        JsonObject current = root;
        for (String step : steps) {
            if (current == null || !(current.get(step) instanceof JsonObject next)) {
                return null;
            }
            current = next;
        }
        return current;
    }
}
