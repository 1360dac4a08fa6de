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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.scm.mapping.history.PointInTime;
import org.scm.mapping.history.PointsInTime;
import org.scm.mapping.organization.OpenProposals;
import org.scm.mapping.platform.UnknownEntityException;
import org.scm.mapping.security.CurrentUser;
import org.scm.mapping.security.Roles;

@Path("matrix")
@RequestScoped
@RolesAllowed({Roles.FOCAL_POINT, Roles.SECRETARIAT, Roles.ADMIN, Roles.OBSERVER})
public class MatrixResource {

    @Inject
    CurrentUser user;

    @Inject
    OpenProposals openProposals;

    @Inject
    MatrixService matrices;

    @Inject
    PointsInTime pointsInTime;

    // CSV and XLSX (the annex layout) are written by exchange's writers; qs below 1: a client that accepts
    // anything gets JSON
    @GET
    @Produces({
        MediaType.APPLICATION_JSON,
        "text/csv;qs=0.5",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;qs=0.5"
    })
    @Operation(
            summary = "The whole matrix: columns, theme rows, every cell's level, and the counts of x and xx "
                    + "per organization, per theme and overall; as text/csv the layout of the 2014 annex "
                    + "(issue_no,issue,<column labels>, cells blank, x or xx; UTF-8, RFC 4180, CRLF line ends); as XLSX the "
                    + "same layout with counts, legend and full names; ?format=csv|xlsx does the same as Accept")
    public Matrix matrix(
            @Parameter(description = "as in this edition (year)") @QueryParam("edition") Integer edition,
            @Parameter(description = "as at this revision") @QueryParam("revision") Long revision,
            @Parameter(description = PointsInTime.AT) @QueryParam("at") String at) {
        return matrices.matrix(pointsInTime.resolve(edition, revision, at));
    }

    @GET
    @Path("cells/{organization}/{theme}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "One cell of the matrix: an organization's involvement in a theme, now or at a past state; "
                    + "the open proposals touching it are listed for the current state only")
    public CellView cell(
            @Parameter(description = "the organization's code, e.g. WIPO") @PathParam("organization")
                    String organization,
            @Parameter(description = "the theme's number, 1 to 29 in 2014") @PathParam("theme") int theme,
            @Parameter(description = "as in this edition (year)") @QueryParam("edition") Integer edition,
            @Parameter(description = "as at this revision") @QueryParam("revision") Long revision,
            @Parameter(description = PointsInTime.AT) @QueryParam("at") String at) {
        PointInTime state = pointsInTime.resolve(edition, revision, at);
        return matrices.cell(organization, theme, state)
                .map(cell -> CellView.of(
                        cell,
                        state.pastRevision().isPresent()
                                ? List.of()
                                : openProposals.touching(user, organization, theme)))
                .orElseThrow(() -> new UnknownEntityException("matrix cell", organization + "/" + theme));
    }
}
