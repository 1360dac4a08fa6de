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
import org.scm.mapping.history.PointsInTime;
import org.scm.mapping.platform.UnknownEntityException;
import org.scm.mapping.security.Roles;

@Path("themes")
@RequestScoped
@RolesAllowed({Roles.FOCAL_POINT, Roles.SECRETARIAT, Roles.ADMIN, Roles.OBSERVER})
public class ThemeResource {

    @Inject
    MatrixService matrices;

    @Inject
    PointsInTime pointsInTime;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The numbered themes (the annex's issues), by number, now or at a past state")
    public List<ThemeView> list(
            @Parameter(description = "as in this edition (year)") @QueryParam("edition") Integer edition,
            @Parameter(description = "as at this revision") @QueryParam("revision") Long revision,
            @Parameter(description = PointsInTime.AT) @QueryParam("at") String at) {
        return matrices.themes(pointsInTime.resolve(edition, revision, at)).stream()
                .map(ThemeView::of)
                .toList();
    }

    @GET
    @Path("{number}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One theme, now or at a past state")
    public ThemeView theme(
            @Parameter(description = "the theme's number") @PathParam("number") int number,
            @Parameter(description = "as in this edition (year)") @QueryParam("edition") Integer edition,
            @Parameter(description = "as at this revision") @QueryParam("revision") Long revision,
            @Parameter(description = PointsInTime.AT) @QueryParam("at") String at) {
        return matrices.theme(number, pointsInTime.resolve(edition, revision, at))
                .map(ThemeView::of)
                .orElseThrow(() -> new UnknownEntityException("theme", number));
    }
}
