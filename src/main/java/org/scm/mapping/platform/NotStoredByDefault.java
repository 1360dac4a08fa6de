package org.scm.mapping.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * API answers depend on who asks (roles, country, drafts), so no browser or proxy may keep them:
 * {@code Cache-Control: no-store}, unless a resource says otherwise for an answer that is the same for
 * everyone (it sets its own {@code Cache-Control}).
 */
@Provider
public class NotStoredByDefault implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
