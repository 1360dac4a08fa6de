package org.scm.mapping.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scm.mapping.security.Roles;

@Path("feed.atom")
@RequestScoped
@RolesAllowed({Roles.FOCAL_POINT, Roles.SECRETARIAT, Roles.ADMIN, Roles.OBSERVER})
@Tag(name = "Notifications", description = "The caller's notifications, e-mail choice and feed address")
public class FeedResource {

    @Inject
    ChangeFeed feed;

    @GET
    @Produces(ChangeFeed.TYPE)
    @Operation(
            operationId = "getChangeFeed",
            summary = "Atom feed of applied changes and published editions (bearer token or browser session; "
                    + "feed readers use the personal address from POST /api/notifications/feed-token)")
    @APIResponse(
            responseCode = "200",
            description = "The feed",
            content = @Content(mediaType = ChangeFeed.TYPE, schema = @Schema(type = SchemaType.STRING)))
    public String atom() {
        return feed.atom();
    }
}
