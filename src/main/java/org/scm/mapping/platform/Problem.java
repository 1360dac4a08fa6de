package org.scm.mapping.platform;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one error shape of the API: RFC 9457 problem details, with the offending fields for
 * validation errors and, where a client needs them to act, extension members (e.g. the current
 * state and the allowed actions of a proposal).
 */
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        List<FieldProblem> fields,
        Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Set<String> STANDARD_MEMBERS =
            Set.of("type", "title", "status", "detail", "instance", "fields");

    /** One invalid input: where it is ({@code field}, a path such as {@code items[0].level}) and what is wrong. */
    public record FieldProblem(String field, String message) {}

    public Problem {
        type = type == null ? "about:blank" : type;
        fields = fields == null || fields.isEmpty() ? null : List.copyOf(fields);
        extensions = extensions == null ? Map.of() : new LinkedHashMap<>(extensions);
        for (String name : extensions.keySet()) {
            if (STANDARD_MEMBERS.contains(name)) {
                throw new IllegalArgumentException("extension member '" + name + "' would hide a standard member");
            }
        }
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem(null, title, status, detail, null, null);
    }

    public static Problem invalid(String detail, List<FieldProblem> fields) {
        return new Problem(null, "Invalid request", 400, detail, fields, null);
    }

    public String toJson() {
        JsonObjectBuilder json =
                Json.createObjectBuilder().add("type", type).add("title", title).add("status", status);
        if (detail != null) {
            json.add("detail", detail);
        }
        if (fields != null) {
            json.add(
                    "fields",
                    Json.createReader(new StringReader(JSONB.toJson(fields))).readArray());
        }
        extensions.forEach((name, value) -> json.add(
                name, Json.createReader(new StringReader(JSONB.toJson(value))).readValue()));
        return json.build().toString();
    }

    /** For servlet filters, which answer before JAX-RS and its exception mappers are reached. */
    public static void write(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(problem.toJson());
    }
}
