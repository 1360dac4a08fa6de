package org.scm.mapping.matrix;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Providers;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scm.mapping.history.MappingStates;
import org.scm.mapping.history.PointInTime;
import org.scm.mapping.history.PointsInTime;
import org.scm.mapping.organization.OpenProposals;
import org.scm.mapping.platform.Snapshots;
import org.scm.mapping.platform.UnknownEntityException;
import org.scm.mapping.platform.openapi.ApiDocs;
import org.scm.mapping.security.CurrentUser;
import org.scm.mapping.security.Roles;

@Path("matrix")
@RequestScoped
@RolesAllowed({Roles.FOCAL_POINT, Roles.SECRETARIAT, Roles.ADMIN, Roles.OBSERVER})
@Tag(name = "Mapping", description = "Organizations, themes and the involvement matrix, now or at a past state")
public class MatrixResource {

    private static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final MediaType CSV = MediaType.valueOf("text/csv");
    private static final MediaType XLSX = MediaType.valueOf(XLSX_TYPE);

    @Inject
    CurrentUser user;

    @Inject
    OpenProposals openProposals;

    @Inject
    MatrixService matrices;

    @Inject
    PointsInTime pointsInTime;

    @Inject
    MappingStates states;

    @Inject
    Snapshots snapshots;

    @Context
    HttpHeaders headers;

    @Context
    Providers providers;

    // CSV and XLSX (the annex layout) are written by exchange's writers; qs below 1: a client that accepts
    // anything gets JSON
    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv;qs=0.5", XLSX_TYPE + ";qs=0.5"})
    @Operation(
            operationId = "getMatrix",
            summary = "The whole matrix: columns, theme rows, every cell's level, and the counts of x and xx "
                    + "per organization, per theme and overall; as text/csv the layout of the 2014 annex "
                    + "(issue_no,issue,<column labels>, cells blank, x or xx; UTF-8, RFC 4180, CRLF line ends); as XLSX the "
                    + "same layout with counts, legend and full names; ?format=csv|xlsx does the same as Accept")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER)
    @APIResponse(responseCode = "304", ref = ApiDocs.NOT_MODIFIED)
    @APIResponse(
            responseCode = "200",
            description = "The matrix (JSON), or the annex layout as CSV or XLSX",
            headers = @Header(name = ApiDocs.ETAG, ref = ApiDocs.ETAG),
            content = {
                @Content(mediaType = ApiDocs.JSON, schema = @Schema(implementation = Matrix.class)),
                @Content(
                        mediaType = ApiDocs.CSV,
                        schema = @Schema(type = SchemaType.STRING),
                        examples =
                                @ExampleObject(
                                        name = "annex",
                                        value =
                                                "issue_no,issue,UNHCR,IOM,…\r\n1,Migration and development,x,xx,…\r\n")),
                @Content(mediaType = XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(
            responseCode = "400",
            description = "More than one of edition, revision and at, or a value that cannot be read")
    @APIResponse(
            responseCode = "404",
            description = "No such edition or revision, or a moment before the first revision")
    public Response matrix(
            @Parameter(description = "as in this edition (year)") @QueryParam("edition") Integer edition,
            @Parameter(description = "as at this revision") @QueryParam("revision") Long revision,
            @Parameter(description = PointsInTime.AT) @QueryParam("at") String at) {
        PointInTime state = pointsInTime.resolve(edition, revision, at);
        return snapshots.answer(
                "matrix " + states.key(state),
                () -> matrices.matrix(state),
                Matrix.class,
                Snapshots.chosen(headers, MediaType.APPLICATION_JSON_TYPE, CSV, XLSX),
                headers,
                providers);
    }

    @GET
    @Path("cells/{organization}/{theme}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getCell",
            summary = "One cell of the matrix: an organization's involvement in a theme, now or at a past state; "
                    + "the open proposals touching it are listed for the current state only")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER)
    @APIResponse(responseCode = "304", ref = ApiDocs.NOT_MODIFIED)
    @APIResponse(
            responseCode = "200",
            description = "The cell",
            headers = @Header(name = ApiDocs.ETAG, ref = ApiDocs.ETAG),
            content = @Content(mediaType = ApiDocs.JSON, schema = @Schema(implementation = CellView.class)))
    public Response cell(
            @Parameter(description = "the organization's code, e.g. WIPO") @PathParam("organization")
                    String organization,
            @Parameter(description = "the theme's number, 1 to 29 in 2014") @PathParam("theme") int theme,
            @Parameter(description = "as in this edition (year)") @QueryParam("edition") Integer edition,
            @Parameter(description = "as at this revision") @QueryParam("revision") Long revision,
            @Parameter(description = PointsInTime.AT) @QueryParam("at") String at) {
        PointInTime state = pointsInTime.resolve(edition, revision, at);
        return snapshots.answerFor(
                user.viewerKey(),
                "cell " + organization + "/" + theme + " " + states.key(state),
                () -> matrices.cell(organization, theme, state)
                        .map(cell -> CellView.of(
                                cell,
                                state.pastRevision().isPresent()
                                        ? List.of()
                                        : openProposals.touching(user, organization, theme)))
                        .orElseThrow(() -> new UnknownEntityException("matrix cell", organization + "/" + theme)),
                CellView.class,
                MediaType.APPLICATION_JSON_TYPE,
                headers,
                providers);
    }
}
