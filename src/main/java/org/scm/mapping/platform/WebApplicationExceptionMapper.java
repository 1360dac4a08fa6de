package org.scm.mapping.platform;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own errors (unknown path, wrong method, unsupported media type, 403 from roles…). */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        Response.StatusType statusInfo = Response.Status.fromStatusCode(status);
        String title = statusInfo != null
                ? statusInfo.getReasonPhrase()
                : original.getStatusInfo().getReasonPhrase();
        Response.ResponseBuilder problem = Response.fromResponse(ProblemResponses.of(status, title, detail(status)));
        original.getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name) && !"Content-Length".equalsIgnoreCase(name)) {
                values.forEach(value -> problem.header(name, value));
            }
        });
        return problem.build();
    }

    static String detail(int status) {
        return switch (status) {
            case 400 -> "The request could not be read.";
            case 401 -> "Sign in first.";
            case 403 -> "Your role does not allow this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not support this method.";
            case 406 -> "No representation matches the Accept header.";
            case 413 -> "The request body is too large.";
            case 415 -> "This content type is not supported here.";
            case 500 -> "Something went wrong on our side; nothing was changed.";
            default -> "The request could not be handled.";
        };
    }
}
