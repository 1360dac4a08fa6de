package org.scm.mapping.history;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Providers;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scm.mapping.platform.Csv;
import org.scm.mapping.platform.Snapshots;
import org.scm.mapping.platform.openapi.ApiDocs;
import org.scm.mapping.security.Roles;

@Path("compare")
@RequestScoped
@RolesAllowed({Roles.FOCAL_POINT, Roles.SECRETARIAT, Roles.ADMIN, Roles.OBSERVER})
@Tag(name = "History", description = "Past states: what changed, when, by whom and why")
public class CompareResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> CSV_HEADER = List.of("organization", "theme", "from", "to", "change", "proposals");
    private static final String SIDE = "an edition year (2014), rev:N, an ISO date (its end, UTC) or date-time, or now";

    @Inject
    CompareService comparisons;

    @Inject
    MappingStates states;

    @Inject
    Snapshots snapshots;

    @Context
    HttpHeaders headers;

    @Context
    Providers providers;

    // XLSX (the later state's matrix with the changes colored) is written by exchange's writer
    @GET
    @Produces({MediaType.APPLICATION_JSON, XLSX + ";qs=0.5"})
    @Operation(
            operationId = "compareStates",
            summary = "What changed between two states of the mapping: cells (levels NONE, INVOLVED, STRONG; change "
                    + "added, removed, strengthened or weakened; the proposals that changed them), organizations and themes "
                    + "added or removed, profile changes with word diffs, and counts; ?format=csv downloads the cells as CSV, "
                    + "?format=xlsx (or Accept) a workbook with the changed cells colored")
    @APIResponse(
            responseCode = "200",
            description = "The comparison; with Accept: text/csv or ?format=csv the changed cells as CSV: "
                    + "organization,theme,from,to,change,proposals (ids separated by spaces)",
            content = {
                @Content(mediaType = ApiDocs.JSON, schema = @Schema(implementation = Comparison.class)),
                @Content(
                        mediaType = ApiDocs.CSV,
                        schema = @Schema(type = SchemaType.STRING),
                        examples =
                                @ExampleObject(
                                        name = "csv",
                                        value = "organization,theme,from,to,change,proposals\r\n"
                                                + "IOM,4,INVOLVED,STRONG,strengthened,12\r\n")),
                @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "400", description = "A side that cannot be read, or a side missing")
    @APIResponse(responseCode = "404", description = "A side names an edition or revision that does not exist")
    public Response compare(
            @Parameter(description = SIDE) @QueryParam("from") String from,
            @Parameter(description = SIDE) @QueryParam("to") String to,
            @Parameter(description = "csv: the same as Accept: text/csv") @QueryParam("format") String format) {
        if ("csv".equalsIgnoreCase(format)) {
            return csv(from, to);
        }
        CompareService.Sides sides = comparisons.sides(from, to);
        return snapshots.answer(
                "compare " + sides.from() + " " + states.key(sides.before()) + " " + sides.to() + " "
                        + states.key(sides.after()),
                () -> comparisons.compare(sides),
                Comparison.class,
                Snapshots.chosen(headers, MediaType.APPLICATION_JSON_TYPE, MediaType.valueOf(XLSX)),
                headers,
                providers);
    }

    // qs below 1: a client that accepts anything gets JSON
    @GET
    @Produces(Csv.MEDIA_TYPE + ";qs=0.5")
    // documented with compare(), which shares its path: one operation, two media types
    @Operation(hidden = true)
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
