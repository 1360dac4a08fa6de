package org.scm.mapping.matrix;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.scm.mapping.history.PointsInTime;
import org.scm.mapping.history.PointInTime;
import org.scm.mapping.exchange.MatrixCsv;
import org.scm.mapping.platform.UnknownEntityException;
import org.scm.mapping.proposal.ProposalService;
import org.scm.mapping.security.CurrentUser;
import org.scm.mapping.security.Roles;

@Path("matrix")
@RequestScoped
public class MatrixResource {

    @Inject
    CurrentUser user;

    @Inject
    ProposalService proposals;

    @Inject
    MatrixService matrices;

    @Inject
    PointsInTime pointsInTime;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FOCAL_POINT, Roles.SECRETARIAT, Roles.ADMIN, Roles.OBSERVER})
    @Operation(summary = "The whole matrix: columns, theme rows, every cell's level, and the counts of x and xx "
            + "per organization, per theme and overall")
    public Matrix matrix(
            @Parameter(description = "as in this edition (year)") @QueryParam("edition") Integer edition,
            @Parameter(description = "as at this revision") @QueryParam("revision") Long revision,
            @Parameter(description = PointsInTime.AT) @QueryParam("at") String at) {
        return matrices.matrix(pointsInTime.resolve(edition, revision, at));
    }

    // qs below 1: a client that accepts anything gets JSON
    @GET
    @Produces(MatrixCsv.MEDIA_TYPE + ";qs=0.5")
    @RolesAllowed({Roles.FOCAL_POINT, Roles.SECRETARIAT, Roles.ADMIN, Roles.OBSERVER})
    @Operation(summary = "The matrix as CSV in the layout of the 2014 annex: issue_no,issue,<column labels>, "
            + "cells blank, x or xx; UTF-8, RFC 4180, CRLF line ends")
    public Response csv(
            @Parameter(description = "as in this edition (year)") @QueryParam("edition") Integer edition,
            @Parameter(description = "as at this revision") @QueryParam("revision") Long revision,
            @Parameter(description = PointsInTime.AT) @QueryParam("at") String at) {
        PointInTime state = pointsInTime.resolve(edition, revision, at);
        String name = state.edition() != null ? "matrix-" + state.edition()
                : state.revision() != null ? "matrix-revision-" + state.revision() : "matrix";
        return Response.ok(MatrixCsv.write(matrices.matrix(state)), MatrixCsv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
                .build();
    }

    @GET
    @Path("cells/{organization}/{theme}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FOCAL_POINT, Roles.SECRETARIAT, Roles.ADMIN, Roles.OBSERVER})
    @Operation(summary = "One cell of the matrix: an organization's involvement in a theme, now or at a past state; "
            + "the open proposals touching it are listed for the current state only")
    public CellView cell(
            @Parameter(description = "the organization's code, e.g. WIPO") @PathParam("organization") String organization,
            @Parameter(description = "the theme's number, 1 to 29 in 2014") @PathParam("theme") int theme,
            @Parameter(description = "as in this edition (year)") @QueryParam("edition") Integer edition,
            @Parameter(description = "as at this revision") @QueryParam("revision") Long revision,
            @Parameter(description = PointsInTime.AT) @QueryParam("at") String at) {
        PointInTime state = pointsInTime.resolve(edition, revision, at);
        return matrices.cell(organization, theme, state)
                .map(cell -> CellView.of(cell, state.pastRevision().isPresent() ? List.of()
                        : proposals.openTouching(user, organization, theme)))
                .orElseThrow(() -> new UnknownEntityException("matrix cell", organization + "/" + theme));
    }
}
