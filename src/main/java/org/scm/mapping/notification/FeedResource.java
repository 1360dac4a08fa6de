package org.scm.mapping.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.scm.mapping.security.Roles;

@Path("feed.atom")
@RequestScoped
@RolesAllowed({Roles.FOCAL_POINT, Roles.SECRETARIAT, Roles.ADMIN, Roles.OBSERVER})
public class FeedResource {

    @Inject
    ChangeFeed feed;

    @GET
    @Produces(ChangeFeed.TYPE)
    @Operation(
            summary = "Atom feed of applied changes and published editions (bearer token or browser session; "
                    + "feed readers use the personal address from POST /api/notifications/feed-token)")
    public String atom() {
        return feed.atom();
    }
}
