package org.scm.mapping.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A named thing that does not exist: 404 problem+json saying what was not found. */
@Provider
public class UnknownEntityExceptionMapper implements ExceptionMapper<UnknownEntityException> {

    @Override
    public Response toResponse(UnknownEntityException exception) {
        return ProblemResponses.of(404, "Not Found", exception.getMessage());
    }
}
