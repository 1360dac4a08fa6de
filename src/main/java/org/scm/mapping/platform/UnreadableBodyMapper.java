package org.scm.mapping.platform;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A body that is not well-formed JSON or does not fit the expected shape. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException exception) {
        return ProblemResponses.of(Problem.invalid(
                "The body is not valid JSON for this request.",
                List.of(new Problem.FieldProblem("body", "malformed or of the wrong shape"))));
    }
}
