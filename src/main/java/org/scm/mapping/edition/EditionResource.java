package org.scm.mapping.edition;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scm.mapping.platform.UnknownEntityException;
import org.scm.mapping.platform.openapi.ApiDocs;
import org.scm.mapping.security.Roles;

@Path("editions")
@RequestScoped
@RolesAllowed({Roles.FOCAL_POINT, Roles.SECRETARIAT, Roles.ADMIN, Roles.OBSERVER})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editions", description = "Published, citable states of the mapping and their cycle")
public class EditionResource {

    private static final String EDITION_EXAMPLE = """
            {"year": 2014, "title": "Migration in the International System", "event": "XIV South American Conference on Migration",
             "place": "Lima", "publishedOn": "2014-10-16", "state": "PUBLISHED", "frozenRevision": 1, "notes": null,
             "headHash": "3f1c9a0e…", "allowedActions": []}""";
    private static final String STEP_REFUSED =
            "The edition's state does not allow this step, or another edition is in progress (state, allowedActions)";

    /** What opening an edition takes: a title, and optionally the meeting and its place. */
    public record Opening(String title, String event, String place) {}

    /** What publishing may add: a final title (else the one it was opened with) and notes. */
    public record Publication(String title, String notes) {}

    @Inject
    EditionService editions;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listEditions", summary = "The editions of the mapping, oldest first")
    @APIResponse(
            responseCode = "200",
            description = "Every edition",
            content =
                    @Content(
                            mediaType = ApiDocs.JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = EditionView.class)))
    public List<EditionView> list() {
        return editions.list();
    }

    @GET
    @Path("{year}")
    @Operation(
            operationId = "getEdition",
            summary = "One edition: title, event, place and date of publication, state, the revision it stands at "
                    + "and that revision's head hash once published, the steps its state allows")
    @APIResponse(
            responseCode = "200",
            description = "The edition",
            content =
                    @Content(
                            mediaType = ApiDocs.JSON,
                            schema = @Schema(implementation = EditionView.class),
                            examples = @ExampleObject(name = "2014", value = EDITION_EXAMPLE)))
    public EditionView edition(@Parameter(description = "the edition's year, e.g. 2014") @PathParam("year") int year) {
        return editions.edition(year).orElseThrow(() -> new UnknownEntityException("edition", year));
    }

    @POST
    @Path("{year}/open")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(
            operationId = "openEdition",
            summary = "Opens the edition of a year for proposals (secretariat); one edition at a time is open or "
                    + "frozen; 409 with state and allowedActions otherwise")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = Opening.class),
                            examples = @ExampleObject(name = "opening", value = """
                                                    {"title": "Migration in the International System, 2026 update",
                                                     "event": "XXI SCM", "place": "Lima"}""")))
    @APIResponse(
            responseCode = "201",
            description = "The open edition",
            headers = @Header(name = ApiDocs.LOCATION, ref = ApiDocs.LOCATION),
            content = @Content(mediaType = ApiDocs.JSON, schema = @Schema(implementation = EditionView.class)))
    @APIResponse(responseCode = "400", description = "No title, or the year does not come after the last edition's")
    @APIResponse(responseCode = "403", description = "Only the secretariat runs the edition cycle")
    @APIResponse(responseCode = "409", description = STEP_REFUSED)
    public Response open(@PathParam("year") int year, Opening opening) {
        EditionView opened = editions.open(
                year,
                opening == null ? null : opening.title(),
                opening == null ? null : opening.event(),
                opening == null ? null : opening.place());
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("editions")
                        .path(String.valueOf(year))
                        .build())
                .entity(opened)
                .build();
    }

    @POST
    @Path("{year}/freeze")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(
            operationId = "freezeEdition",
            summary = "Freezes an open edition (secretariat): no new submissions, reviews go on")
    @APIResponse(
            responseCode = "200",
            description = "The frozen edition",
            content = @Content(mediaType = ApiDocs.JSON, schema = @Schema(implementation = EditionView.class)))
    @APIResponse(responseCode = "403", description = "Only the secretariat runs the edition cycle")
    @APIResponse(responseCode = "409", description = STEP_REFUSED)
    public EditionView freeze(@PathParam("year") int year) {
        return editions.freeze(year);
    }

    @POST
    @Path("{year}/publish")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(
            operationId = "publishEdition",
            summary = "Publishes a frozen edition (secretariat) at the revision current now; it never changes again")
    @RequestBody(
            content =
                    @Content(
                            mediaType = ApiDocs.JSON,
                            schema = @Schema(implementation = Publication.class),
                            examples = @ExampleObject(name = "publication", value = """
                                                    {"title": "Migration in the International System, 2026",
                                                     "notes": "Adopted at the XXI SCM"}""")))
    @APIResponse(
            responseCode = "200",
            description = "The published edition, with the revision it stands at and that revision's head hash",
            content =
                    @Content(
                            mediaType = ApiDocs.JSON,
                            schema = @Schema(implementation = EditionView.class),
                            examples = @ExampleObject(name = "2014", value = EDITION_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Only the secretariat runs the edition cycle")
    @APIResponse(responseCode = "409", description = STEP_REFUSED)
    public EditionView publish(@PathParam("year") int year, Publication publication) {
        return editions.publish(
                year,
                publication == null ? null : publication.title(),
                publication == null ? null : publication.notes());
    }
}
