package org.scm.mapping.testing.probe;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.scm.mapping.history.PendingRevision;
import org.scm.mapping.history.RecordedAs;
import org.scm.mapping.security.Roles;

/**
 * Test-only endpoints: create an {@link AuditProbe}, so a revision is written for the caller; the JSON
 * variant also exercises request-body validation and the problem+json mappers.
 */
@Path("test-probes")
@RequestScoped
@RecordedAs("probe")
public class AuditProbeResource {

    @PersistenceContext(unitName = "scm")
    EntityManager entityManager;

    @Inject
    PendingRevision pendingRevision;

    /** The JSON body of {@link #create(NewProbe)}. */
    public record NewProbe(@NotBlank @Size(max = 40) String label) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    @Transactional
    @RolesAllowed({Roles.FOCAL_POINT, Roles.SECRETARIAT, Roles.ADMIN, Roles.OBSERVER})
    public Map<String, Object> create(@NotNull @Valid NewProbe probe) {
        return create(probe.label());
    }

    @POST
    @Path("{label}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    @Transactional
    @RolesAllowed({Roles.FOCAL_POINT, Roles.SECRETARIAT, Roles.ADMIN, Roles.OBSERVER})
    public Map<String, Object> create(@PathParam("label") String label) {
        pendingRevision.because("written by an integration test");
        AuditProbe probe = new AuditProbe(label);
        entityManager.persist(probe);
        entityManager.flush();
        return Map.of("id", probe.getId(), "label", probe.getLabel());
    }
}
