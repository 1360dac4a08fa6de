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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scm.mapping.platform.ETags;
import org.scm.mapping.platform.openapi.ApiDocs;
import org.scm.mapping.security.CurrentUser;
import org.scm.mapping.security.Roles;

@Path("proposals/{id}/comments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FOCAL_POINT, Roles.SECRETARIAT, Roles.ADMIN, Roles.OBSERVER})
@Tag(name = "Comments", description = "A proposal's thread")
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
    @Operation(operationId = "listComments", summary = "The proposal's thread, oldest first")
    @APIResponse(
            responseCode = "200",
            description = "The comments, oldest first",
            content =
                    @Content(
                            mediaType = ApiDocs.JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = CommentView.class)))
    public List<CommentView> thread(@PathParam("id") long proposalId) {
        return comments.thread(user, proposalId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addComment", summary = "Add a comment to the thread of a proposal the caller may see")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = CommentText.class),
                            examples = @ExampleObject(name = "comment", value = ProposalExamples.COMMENT)))
    @APIResponse(
            responseCode = "201",
            description = "The new comment",
            headers = {
                @Header(name = ApiDocs.LOCATION, ref = ApiDocs.LOCATION),
                @Header(name = ApiDocs.ETAG, ref = ApiDocs.ETAG)
            },
            content = @Content(mediaType = ApiDocs.JSON, schema = @Schema(implementation = CommentView.class)))
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
            operationId = "editComment",
            summary = "Correct one's own comment within 15 minutes of writing it (If-Match required); "
                    + "comments are never deleted")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = CommentText.class),
                            examples = @ExampleObject(name = "comment", value = ProposalExamples.COMMENT)))
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    @APIResponse(
            responseCode = "200",
            description = "The corrected comment",
            headers = @Header(name = ApiDocs.ETAG, ref = ApiDocs.ETAG),
            content = @Content(mediaType = ApiDocs.JSON, schema = @Schema(implementation = CommentView.class)))
    @APIResponse(responseCode = "403", description = "Only its author may correct a comment")
    @APIResponse(responseCode = "409", description = "The 15 minutes to correct it have passed")
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
