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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scm.mapping.history.PointsInTime;
import org.scm.mapping.platform.UnknownEntityException;
import org.scm.mapping.platform.openapi.ApiDocs;
import org.scm.mapping.security.Roles;

@Path("themes")
@RequestScoped
@RolesAllowed({Roles.FOCAL_POINT, Roles.SECRETARIAT, Roles.ADMIN, Roles.OBSERVER})
@Tag(name = "Mapping", description = "Organizations, themes and the involvement matrix, now or at a past state")
public class ThemeResource {

    @Inject
    MatrixService matrices;

    @Inject
    PointsInTime pointsInTime;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listThemes",
            summary = "The numbered themes (the annex's issues), by number, now or at a past state")
    @APIResponse(
            responseCode = "200",
            description = "The themes, by number",
            content =
                    @Content(
                            mediaType = ApiDocs.JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = ThemeView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such edition or revision, or a moment before the first revision")
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
    @Operation(operationId = "getTheme", summary = "One theme, now or at a past state")
    @APIResponse(
            responseCode = "200",
            description = "The theme",
            content = @Content(mediaType = ApiDocs.JSON, schema = @Schema(implementation = ThemeView.class)))
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
