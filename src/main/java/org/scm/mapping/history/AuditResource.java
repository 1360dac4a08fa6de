package org.scm.mapping.history;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scm.mapping.platform.Csv;
import org.scm.mapping.platform.QueryNumbers;
import org.scm.mapping.platform.openapi.ApiDocs;
import org.scm.mapping.security.CurrentUser;
import org.scm.mapping.security.Roles;

@Path("audit")
@RequestScoped
@RolesAllowed({Roles.FOCAL_POINT, Roles.SECRETARIAT, Roles.ADMIN, Roles.OBSERVER})
@Tag(name = "Audit", description = "The log of revisions and the verification of its hash chain")
public class AuditResource {

    static final List<String> CSV_HEADER = List.of(
            "revision",
            "at",
            "action",
            "actor",
            "actor_country",
            "mapping",
            "proposal",
            "proposing_country",
            "reviewer",
            "reason",
            "conflict_override");

    @Inject
    CurrentUser user;

    @Inject
    AuditLog log;

    @Inject
    RevisionChain chain;

    /** The filters of the log, shared by the JSON and the CSV answer. */
    public static class Filters {
        @QueryParam("actor")
        @Parameter(description = "username of who made the change")
        String actor;

        @QueryParam("country")
        @Parameter(description = "the actor's or the proposal's country (ISO alpha-2)")
        String country;

        @QueryParam("organization")
        @Parameter(description = "an organization code: changes of its profile or cells")
        String organization;

        @QueryParam("theme")
        @Parameter(description = "a theme number: changes of the theme or its cells")
        String theme;

        @QueryParam("action")
        @Parameter(description = "e.g. 'proposal approved', 'edition published'")
        String action;

        @QueryParam("proposal")
        @Parameter(description = "a proposal id")
        String proposal;

        @QueryParam("from")
        @Parameter(description = "recorded at or after: an ISO date (from its start, UTC) or date-time")
        String from;

        @QueryParam("to")
        @Parameter(description = "recorded at or before: an ISO date (to its end, UTC) or date-time")
        String to;

        AuditFilter toFilter() {
            Long themeNumber = QueryNumbers.parse(theme, "theme");
            return new AuditFilter(
                    blankToNull(actor),
                    blankToNull(country),
                    blankToNull(organization),
                    themeNumber == null ? null : themeNumber.intValue(),
                    blankToNull(action),
                    QueryNumbers.parse(proposal, "proposal"),
                    blankToNull(from) == null ? null : Moment.parse(from, "from"),
                    blankToNull(to) == null ? null : Moment.parse(to, "to"));
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.trim();
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listRevisions",
            summary = "The revisions the caller may see, newest first, filtered and paginated (page from 0, size "
                    + "1 to 200); changes of the mapping for everyone, a proposal's drafting and review for its country and, "
                    + "once submitted, the secretariat; ?format=csv downloads the CSV")
    @APIResponse(
            responseCode = "200",
            description = "A page of the log; with Accept: text/csv or ?format=csv the whole filtered log as CSV "
                    + "(newest first, at most 100 000 lines)",
            content = {
                @Content(mediaType = ApiDocs.JSON, schema = @Schema(implementation = AuditLog.Page.class)),
                @Content(
                        mediaType = ApiDocs.CSV,
                        schema = @Schema(type = SchemaType.STRING),
                        examples =
                                @ExampleObject(
                                        name = "csv",
                                        value = "revision,at,action,actor,actor_country,mapping,proposal,"
                                                + "proposing_country,reviewer,reason,conflict_override\r\n"))
            })
    @APIResponse(responseCode = "400", description = "A filter that cannot be read, or page or size out of bounds")
    public Response list(
            @BeanParam Filters filters,
            @Parameter(description = "0-based") @QueryParam("page") String page,
            @Parameter(description = "1 to 200, default 50") @QueryParam("size") String size,
            @Parameter(description = "csv: the same as Accept: text/csv") @QueryParam("format") String format) {
        if ("csv".equalsIgnoreCase(format)) {
            return csv(filters);
        }
        return Response.ok(
                        log.page(
                                user,
                                filters.toFilter(),
                                QueryNumbers.parse(page, "page", 0),
                                QueryNumbers.parse(size, "size", 50)),
                        MediaType.APPLICATION_JSON)
                .build();
    }

    // qs below 1: a client that accepts anything gets JSON
    @GET
    @Produces(Csv.MEDIA_TYPE + ";qs=0.5")
    // documented with list(), which shares its path: one operation, two media types
    @Operation(hidden = true)
    public Response csv(@BeanParam Filters filters) {
        Csv csv = new Csv().line(CSV_HEADER);
        log.export(user, filters.toFilter())
                .forEach(entry -> csv.line(List.of(
                        entry.revision(),
                        entry.at(),
                        entry.action(),
                        entry.actor(),
                        nullable(entry.actorCountry()),
                        entry.mapping(),
                        nullable(entry.proposal()),
                        nullable(entry.proposingCountry()),
                        nullable(entry.reviewer()),
                        nullable(entry.reason()),
                        entry.conflictOverride())));
        return Response.ok(csv.toString(), Csv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit.csv\"")
                .build();
    }

    @GET
    @Path("verify")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "verifyRevisionChain",
            summary = "Recomputes the hash chain over every revision: valid, how many revisions, the head hash, "
                    + "and the first revision whose rows no longer match its link")
    @APIResponse(
            responseCode = "200",
            description = "The verification",
            content =
                    @Content(
                            mediaType = ApiDocs.JSON,
                            schema = @Schema(implementation = ChainVerification.class),
                            examples = @ExampleObject(name = "valid", value = """
                                                    {"valid": true, "revisions": 57, "head": "3f1c9a0e…", "firstBroken": null}""")))
    public ChainVerification verify() {
        return chain.verify();
    }

    private static Object nullable(Object value) {
        return value == null ? "" : value;
    }
}
