package org.scm.mapping.exchange;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scm.mapping.platform.ETags;
import org.scm.mapping.platform.openapi.ApiDocs;
import org.scm.mapping.proposal.ProposalView;
import org.scm.mapping.security.CurrentUser;
import org.scm.mapping.security.Roles;

@Path("proposals/import")
@RequestScoped
@RolesAllowed({Roles.FOCAL_POINT, Roles.SECRETARIAT, Roles.ADMIN, Roles.OBSERVER})
@Tag(name = "Proposals")
public class MatrixImportResource {

    @Inject
    CurrentUser user;

    @Inject
    MatrixImport imports;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "importMatrix",
            summary =
                    "A focal point uploads a filled matrix (the body: the XLSX or CSV file as exported, at most 2 MB); "
                            + "each cell whose mark differs from the current mapping becomes an item of a new draft of the "
                            + "caller's country (201). A bad file: 400 listing each problem by cell (e.g. D7); no difference: "
                            + "422; nothing is stored then. Items need a source before the draft is submitted, unless one is "
                            + "given here for all")
    @RequestBody(
            required = true,
            description = "the filled matrix, as exported",
            content = {
                @Content(mediaType = Formats.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = Formats.CSV, schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(
            responseCode = "201",
            description = "The new draft",
            headers = {
                @Header(name = ApiDocs.LOCATION, ref = ApiDocs.LOCATION),
                @Header(name = ApiDocs.ETAG, ref = ApiDocs.ETAG)
            },
            content = @Content(mediaType = ApiDocs.JSON, schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "422", description = "The file holds no difference from the current mapping")
    public Response upload(
            @Parameter(description = "the draft's title (default: a generic one)") @QueryParam("title") String title,
            @Parameter(description = "the draft's rationale") @QueryParam("rationale") String rationale,
            @Parameter(description = "every item's justification (default: a generic one)") @QueryParam("justification")
                    String justification,
            @Parameter(description = "a source cited by every item: its citation") @QueryParam("sourceCitation")
                    String sourceCitation,
            @Parameter(description = "a source cited by every item: its http(s) address") @QueryParam("sourceUrl")
                    String sourceUrl,
            byte[] file) {
        ProposalView created = imports.propose(
                user,
                file == null ? new byte[0] : file,
                new MatrixImport.Options(title, rationale, justification, sourceCitation, sourceUrl));
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("proposals")
                        .path(String.valueOf(created.id()))
                        .build())
                .tag(ETags.of(created.version()))
                .entity(created)
                .build();
    }
}
