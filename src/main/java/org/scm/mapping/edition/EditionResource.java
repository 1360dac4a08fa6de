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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.scm.mapping.platform.UnknownEntityException;
import org.scm.mapping.security.Roles;

@Path("editions")
@RequestScoped
@RolesAllowed({Roles.FOCAL_POINT, Roles.SECRETARIAT, Roles.ADMIN, Roles.OBSERVER})
@Produces(MediaType.APPLICATION_JSON)
public class EditionResource {

    /** What opening an edition takes: a title, and optionally the meeting and its place. */
    public record Opening(String title, String event, String place) {}

    /** What publishing may add: a final title (else the one it was opened with) and notes. */
    public record Publication(String title, String notes) {}

    @Inject
    EditionService editions;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "The editions of the mapping, oldest first")
    public List<EditionView> list() {
        return editions.list();
    }

    @GET
    @Path("{year}")
    @Operation(
            summary = "One edition: title, event, place and date of publication, state, the revision it stands at "
                    + "and that revision's head hash once published, the steps its state allows")
    public EditionView edition(@Parameter(description = "the edition's year, e.g. 2014") @PathParam("year") int year) {
        return editions.edition(year).orElseThrow(() -> new UnknownEntityException("edition", year));
    }

    @POST
    @Path("{year}/open")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(
            summary = "Opens the edition of a year for proposals (secretariat); one edition at a time is open or "
                    + "frozen; 409 with state and allowedActions otherwise")
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
    @Operation(summary = "Freezes an open edition (secretariat): no new submissions, reviews go on")
    public EditionView freeze(@PathParam("year") int year) {
        return editions.freeze(year);
    }

    @POST
    @Path("{year}/publish")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Publishes a frozen edition (secretariat) at the revision current now; it never changes again")
    public EditionView publish(@PathParam("year") int year, Publication publication) {
        return editions.publish(
                year,
                publication == null ? null : publication.title(),
                publication == null ? null : publication.notes());
    }
}
