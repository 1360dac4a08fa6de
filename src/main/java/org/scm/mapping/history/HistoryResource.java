package org.scm.mapping.history;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scm.mapping.platform.QueryNumbers;
import org.scm.mapping.platform.openapi.ApiDocs;
import org.scm.mapping.security.Roles;

@Path("history")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FOCAL_POINT, Roles.SECRETARIAT, Roles.ADMIN, Roles.OBSERVER})
@Tag(name = "History", description = "Past states: what changed, when, by whom and why")
public class HistoryResource {

    @Inject
    HistoryService history;

    @GET
    @Path("cells/{organization}/{theme}")
    @Operation(
            operationId = "getCellHistory",
            summary = "Every value a cell has had, oldest first: revision, time (UTC), level, note, who changed it "
                    + "and from which country, the proposal and proposing country (none for the 2014 import), the reviewer "
                    + "and the reason")
    @APIResponse(
            responseCode = "200",
            description = "The cell's values, oldest first",
            content = @Content(mediaType = ApiDocs.JSON, schema = @Schema(implementation = CellHistory.class)))
    public CellHistory cell(
            @Parameter(description = "the organization's code, e.g. UNHCR") @PathParam("organization")
                    String organization,
            @Parameter(description = "the theme's number") @PathParam("theme") String theme) {
        return history.cell(organization, QueryNumbers.parse(theme, "theme", 0));
    }

    @GET
    @Path("organizations/{code}")
    @Operation(
            operationId = "getOrganizationHistory",
            summary = "The changes of an organization's profile, oldest first, field by field, with word-level "
                    + "diffs of its texts")
    @APIResponse(
            responseCode = "200",
            description = "The profile's changes, oldest first",
            content = @Content(mediaType = ApiDocs.JSON, schema = @Schema(implementation = OrganizationHistory.class)))
    public OrganizationHistory organization(
            @Parameter(description = "the organization's code, e.g. UNHCR") @PathParam("code") String code) {
        return history.organization(code);
    }
}
