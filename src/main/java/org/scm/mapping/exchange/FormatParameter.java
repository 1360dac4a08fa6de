package org.scm.mapping.exchange;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * {@code ?format=csv|xlsx|pdf|json} on any read is the same as asking for that format with
 * {@code Accept}, so that a plain link downloads a file. Other values are left to the resource (the
 * format is then chosen by {@code Accept} as usual).
 */
@Provider
@PreMatching
public class FormatParameter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (!"GET".equals(request.getMethod())) {
            return;
        }
        Formats.mediaType(request.getUriInfo().getQueryParameters().getFirst("format"))
                .ifPresent(mediaType -> request.getHeaders().putSingle(HttpHeaders.ACCEPT, mediaType));
    }
}
