package org.scm.mapping.organization;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Providers;
import java.lang.reflect.Type;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scm.mapping.history.MappingStates;
import org.scm.mapping.history.PointInTime;
import org.scm.mapping.history.PointsInTime;
import org.scm.mapping.platform.Problems;
import org.scm.mapping.platform.Snapshots;
import org.scm.mapping.platform.UnknownEntityException;
import org.scm.mapping.platform.openapi.ApiDocs;
import org.scm.mapping.security.CurrentUser;
import org.scm.mapping.security.Roles;

@Path("organizations")
@RequestScoped
@RolesAllowed({Roles.FOCAL_POINT, Roles.SECRETARIAT, Roles.ADMIN, Roles.OBSERVER})
@Tag(name = "Mapping", description = "Organizations, themes and the involvement matrix, now or at a past state")
public class OrganizationResource {

    private static final Type SUMMARIES = new GenericType<List<OrganizationSummary>>() {}.getType();

    @Inject
    CurrentUser user;

    @Inject
    OpenProposals openProposals;

    @Inject
    OrganizationService organizations;

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

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listOrganizations",
            summary = "The organizations, matrix columns first in column order, then the others by code")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER)
    @APIResponse(responseCode = "304", ref = ApiDocs.NOT_MODIFIED)
    @APIResponse(
            responseCode = "200",
            description = "The organizations",
            headers = @Header(name = ApiDocs.ETAG, ref = ApiDocs.ETAG),
            content =
                    @Content(
                            mediaType = ApiDocs.JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = OrganizationSummary.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such edition or revision, or a moment before the first revision")
    public Response list(
            @Parameter(description = "only this category") @QueryParam("category") String category,
            @Parameter(description = "true: only matrix columns; false: only organizations outside the matrix")
                    @QueryParam("inMatrix")
                    @Pattern(regexp = "true|false", message = "inMatrix must be true or false")
                    String inMatrix,
            @Parameter(description = "as in this edition (year)") @QueryParam("edition") Integer edition,
            @Parameter(description = "as at this revision") @QueryParam("revision") Long revision,
            @Parameter(description = PointsInTime.AT) @QueryParam("at") String at) {
        OrganizationFilter filter = new OrganizationFilter(
                Problems.parse(Category.class, category, "category"),
                inMatrix == null ? null : Boolean.valueOf(inMatrix));
        PointInTime state = pointsInTime.resolve(edition, revision, at);
        return snapshots.answer(
                "organizations " + filter + " " + states.key(state),
                () -> organizations.list(filter, state).stream()
                        .map(OrganizationSummary::of)
                        .toList(),
                SUMMARIES,
                MediaType.APPLICATION_JSON_TYPE,
                headers,
                providers);
    }

    @GET
    @Path("{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getOrganization",
            summary =
                    "One organization's profile: name, category, founding year, mandate, involvement in migration, notes")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER)
    @APIResponse(responseCode = "304", ref = ApiDocs.NOT_MODIFIED)
    @APIResponse(
            responseCode = "200",
            description = "The profile, and for the current state the open proposals touching it",
            headers = @Header(name = ApiDocs.ETAG, ref = ApiDocs.ETAG),
            content = @Content(mediaType = ApiDocs.JSON, schema = @Schema(implementation = OrganizationProfile.class)))
    public Response organization(
            @Parameter(description = "the organization's code, e.g. UNHCR or WIPO") @PathParam("code") String code,
            @Parameter(description = "as in this edition (year)") @QueryParam("edition") Integer edition,
            @Parameter(description = "as at this revision") @QueryParam("revision") Long revision,
            @Parameter(description = PointsInTime.AT) @QueryParam("at") String at) {
        PointInTime state = pointsInTime.resolve(edition, revision, at);
        return snapshots.answerFor(
                user.viewerKey(),
                "organization " + code + " " + states.key(state),
                () -> organizations
                        .find(code, state)
                        .map(organization ->
                                OrganizationProfile.of(organization, openProposals.touching(user, code, null)))
                        .orElseThrow(() -> new UnknownEntityException("organization", code)),
                OrganizationProfile.class,
                MediaType.APPLICATION_JSON_TYPE,
                headers,
                providers);
    }
}
