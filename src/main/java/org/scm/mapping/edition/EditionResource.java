package org.scm.mapping.edition;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.scm.mapping.platform.UnknownEntityException;
import org.scm.mapping.security.Roles;

@Path("editions")
@RequestScoped
@RolesAllowed({Roles.FOCAL_POINT, Roles.SECRETARIAT, Roles.ADMIN, Roles.OBSERVER})
public class EditionResource {

    @Inject
    EditionService editions;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The editions of the mapping, oldest first")
    public List<EditionView> list() {
        return editions.list().stream().map(EditionView::of).toList();
    }

    @GET
    @Path("{year}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One edition: title, event, place and date of publication, state, the revision it froze at")
    public EditionView edition(@Parameter(description = "the edition's year, e.g. 2014") @PathParam("year") int year) {
        return editions.edition(year).map(EditionView::of).orElseThrow(() -> new UnknownEntityException("edition", year));
    }
}
