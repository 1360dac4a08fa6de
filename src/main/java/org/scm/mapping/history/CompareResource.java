package org.scm.mapping.history;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.scm.mapping.platform.Csv;
import org.scm.mapping.security.Roles;

@Path("compare")
@RequestScoped
@RolesAllowed({Roles.FOCAL_POINT, Roles.SECRETARIAT, Roles.ADMIN, Roles.OBSERVER})
public class CompareResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> CSV_HEADER = List.of("organization", "theme", "from", "to", "change", "proposals");
    private static final String SIDE = "an edition year (2014), rev:N, an ISO date (its end, UTC) or date-time, or now";

    @Inject
    CompareService comparisons;

    // XLSX (the later state's matrix with the changes colored) is written by exchange's writer
    @GET
    @Produces({MediaType.APPLICATION_JSON, XLSX + ";qs=0.5"})
    @Operation(
            summary = "What changed between two states of the mapping: cells (levels NONE, INVOLVED, STRONG; change "
                    + "added, removed, strengthened or weakened; the proposals that changed them), organizations and themes "
                    + "added or removed, profile changes with word diffs, and counts; ?format=csv downloads the cells as CSV, "
                    + "?format=xlsx (or Accept) a workbook with the changed cells colored")
    public Response compare(
            @Parameter(description = SIDE) @QueryParam("from") String from,
            @Parameter(description = SIDE) @QueryParam("to") String to,
            @Parameter(description = "csv: the same as Accept: text/csv") @QueryParam("format") String format) {
        if ("csv".equalsIgnoreCase(format)) {
            return csv(from, to);
        }
        return Response.ok(comparisons.compare(from, to)).build();
    }

    // qs below 1: a client that accepts anything gets JSON
    @GET
    @Produces(Csv.MEDIA_TYPE + ";qs=0.5")
    @Operation(
            summary = "The changed cells as CSV: organization,theme,from,to,change,proposals (ids separated by spaces)")
    public Response csv(
            @Parameter(description = SIDE) @QueryParam("from") String from,
            @Parameter(description = SIDE) @QueryParam("to") String to) {
        Csv csv = new Csv().line(CSV_HEADER);
        comparisons
                .compare(from, to)
                .cells()
                .forEach(cell -> csv.line(List.of(
                        cell.organization(),
                        cell.theme(),
                        cell.from(),
                        cell.to(),
                        cell.change(),
                        cell.proposals().stream().map(String::valueOf).collect(Collectors.joining(" ")))));
        return Response.ok(csv.toString(), Csv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"scm-mapping-compare.csv\"")
                .build();
    }
}
