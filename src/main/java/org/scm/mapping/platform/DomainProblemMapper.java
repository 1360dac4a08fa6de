package org.scm.mapping.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class DomainProblemMapper implements ExceptionMapper<DomainProblem> {

    @Override
    public Response toResponse(DomainProblem problem) {
        return ProblemResponses.of(problem.toProblem());
    }
}
