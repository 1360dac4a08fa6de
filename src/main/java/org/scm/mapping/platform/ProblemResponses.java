package org.scm.mapping.platform;

import jakarta.ws.rs.core.Response;

/** Builds JAX-RS responses that carry a {@link Problem}. */
public final class ProblemResponses {

    private ProblemResponses() {}

    public static Response of(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.toJson())
                .build();
    }

    public static Response of(int status, String title, String detail) {
        return of(Problem.of(status, title, detail));
    }
}
