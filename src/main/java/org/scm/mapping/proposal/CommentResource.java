package org.scm.mapping.proposal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.scm.mapping.platform.ETags;
import org.scm.mapping.security.CurrentUser;
import org.scm.mapping.security.Roles;

@Path("proposals/{id}/comments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FOCAL_POINT, Roles.SECRETARIAT, Roles.ADMIN, Roles.OBSERVER})
public class CommentResource {

    @Inject
    CurrentUser user;

    @Inject
    CommentService comments;

    @Context
    UriInfo uriInfo;

    /** The text of a comment. */
    public record CommentText(String text) {}

    @GET
    @Operation(summary = "The proposal's thread, oldest first")
    public List<CommentView> thread(@PathParam("id") long proposalId) {
        return comments.thread(user, proposalId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a comment")
    public Response add(@PathParam("id") long proposalId, CommentText text) {
        CommentView added = comments.add(user, proposalId, text == null ? null : text.text());
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(added.id()))
                        .build())
                .tag(ETags.of(added.version()))
                .entity(added)
                .build();
    }

    @PUT
    @Path("{commentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Correct one's own comment within 15 minutes of writing it (If-Match required); "
                    + "comments are never deleted")
    public Response edit(
            @PathParam("id") long proposalId,
            @PathParam("commentId") long commentId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            CommentText text) {
        CommentView edited =
                comments.edit(user, proposalId, commentId, ETags.version(ifMatch), text == null ? null : text.text());
        return Response.ok(edited).tag(ETags.of(edited.version())).build();
    }
}
