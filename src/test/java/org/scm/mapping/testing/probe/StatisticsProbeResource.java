package org.scm.mapping.testing.probe;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.scm.mapping.security.Roles;

/**
 * Test-only: Hibernate's statement counters, switched on at the first call, so a test can count the SQL
 * statements one request sends (statements prepared: a JDBC batch counts once).
 */
@Path("test-probes/statistics")
@RequestScoped
@RolesAllowed({Roles.FOCAL_POINT, Roles.SECRETARIAT, Roles.ADMIN, Roles.OBSERVER})
public class StatisticsProbeResource {

    @PersistenceUnit(unitName = "scm")
    EntityManagerFactory persistence;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Map<String, Long> statements() {
        Statistics statistics = persistence.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        return Map.of(
                "prepared", statistics.getPrepareStatementCount(),
                "queries", statistics.getQueryExecutionCount(),
                "entityLoads", statistics.getEntityLoadCount());
    }
}
