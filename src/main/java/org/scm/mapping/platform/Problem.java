package org.scm.mapping.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The one error shape of the API: RFC 9457 problem details, with the offending fields for
 * validation errors.
 */
public record Problem(String type, String title, int status, String detail, List<FieldProblem> fields) {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final Jsonb JSONB = JsonbBuilder.create();

    /** One invalid input: where it is ({@code field}, a path such as {@code items[0].level}) and what is wrong. */
    public record FieldProblem(String field, String message) {
    }

    public Problem {
        type = type == null ? "about:blank" : type;
        fields = fields == null || fields.isEmpty() ? null : List.copyOf(fields);
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem(null, title, status, detail, null);
    }

    public static Problem invalid(String detail, List<FieldProblem> fields) {
        return new Problem(null, "Invalid request", 400, detail, fields);
    }

    public String toJson() {
        return JSONB.toJson(this);
    }

    /** For servlet filters, which answer before JAX-RS and its exception mappers are reached. */
    public static void write(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(problem.toJson());
    }
}
