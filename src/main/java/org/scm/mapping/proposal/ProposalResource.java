package org.scm.mapping.proposal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scm.mapping.platform.ETags;
import org.scm.mapping.platform.Paging;
import org.scm.mapping.platform.Problems;
import org.scm.mapping.platform.QueryNumbers;
import org.scm.mapping.platform.openapi.ApiDocs;
import org.scm.mapping.security.CurrentUser;
import org.scm.mapping.security.Roles;

@Path("proposals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FOCAL_POINT, Roles.SECRETARIAT, Roles.ADMIN, Roles.OBSERVER})
@Tag(name = "Proposals", description = "A country's change sets: drafting, the review workflow and reverts")
public class ProposalResource {

    static final int DEFAULT_PAGE_SIZE = 50;

    @Inject
    CurrentUser user;

    @Inject
    ProposalService proposals;

    @Inject
    ReviewService reviews;

    @Context
    UriInfo uriInfo;

    /** Title and rationale of a new or edited proposal. */
    public record Description(String title, String rationale) {}

    /** The reason of a transition (required to request changes or reject). */
    public record Reason(String reason) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createProposal", summary = "Start a proposal for the caller's country (focal points)")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = Description.class),
                            examples = @ExampleObject(name = "proposal", value = ProposalExamples.DESCRIPTION)))
    @APIResponse(
            responseCode = "201",
            description = "The new draft",
            headers = {
                @Header(name = ApiDocs.LOCATION, ref = ApiDocs.LOCATION),
                @Header(name = ApiDocs.ETAG, ref = ApiDocs.ETAG)
            },
            content =
                    @Content(
                            mediaType = ApiDocs.JSON,
                            schema = @Schema(implementation = ProposalView.class),
                            examples = @ExampleObject(name = "draft", value = ProposalExamples.PROPOSAL)))
    @APIResponse(responseCode = "403", description = "Only focal points of a member country create proposals")
    public Response create(Description description) {
        ProposalView created = proposals.create(
                user,
                description == null ? null : description.title(),
                description == null ? null : description.rationale());
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .tag(ETags.of(created.version()))
                .entity(created)
                .build();
    }

    @GET
    @Operation(
            summary = "Proposals the caller may see, newest change first (filters: status, country, "
                    + "organization, theme, open)",
            operationId = "listProposals")
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "only proposals in this status, e.g. SUBMITTED")
    @Parameter(name = "country", in = ParameterIn.QUERY, description = "only this country's (ISO alpha-2, e.g. PE)")
    @Parameter(name = "organization", in = ParameterIn.QUERY, description = "only those touching this organization")
    @Parameter(name = "theme", in = ParameterIn.QUERY, description = "only those touching this theme number")
    @Parameter(name = "open", in = ParameterIn.QUERY, description = "true: only proposals not yet decided")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "0-based page number")
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "page size, 1 to 200, default 50")
    @APIResponse(
            responseCode = "200",
            description = "A page of proposal summaries",
            content = @Content(mediaType = ApiDocs.JSON, schema = @Schema(implementation = ProposalPage.class)))
    public ProposalPage list(
            @QueryParam("status") String status,
            @QueryParam("country") String country,
            @QueryParam("organization") String organization,
            @QueryParam("theme") String theme,
            @QueryParam("open") String open,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size, DEFAULT_PAGE_SIZE, ProposalService.PAGE_SIZE_MAX);
        return proposals.list(
                user,
                new ProposalService.Filter(
                        Problems.parse(ProposalStatus.class, status, "status"),
                        country,
                        organization,
                        themeNumber(theme),
                        "true".equalsIgnoreCase(open)),
                paging.page(),
                paging.size());
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getProposal",
            summary = "One proposal with its items, transitions and the caller's allowed actions")
    @APIResponse(
            responseCode = "200",
            description = "The proposal; its ETag is what a change sends in If-Match",
            headers = @Header(name = ApiDocs.ETAG, ref = ApiDocs.ETAG),
            content =
                    @Content(
                            mediaType = ApiDocs.JSON,
                            schema = @Schema(implementation = ProposalView.class),
                            examples = @ExampleObject(name = "draft", value = ProposalExamples.PROPOSAL)))
    public Response get(@PathParam("id") long id) {
        return withTag(proposals.view(user, id));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "describeProposal", summary = "Change title and rationale of a draft (If-Match required)")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = Description.class),
                            examples = @ExampleObject(name = "description", value = ProposalExamples.DESCRIPTION)))
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    @APIResponse(
            responseCode = "200",
            description = "The proposal as changed",
            headers = @Header(name = ApiDocs.ETAG, ref = ApiDocs.ETAG),
            content = @Content(mediaType = ApiDocs.JSON, schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(
            responseCode = "409",
            description = "The proposal's status does not allow editing (state, allowedActions)")
    public Response describe(
            @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Description description) {
        return withTag(proposals.describe(
                user,
                id,
                ETags.version(ifMatch),
                description == null ? null : description.title(),
                description == null ? null : description.rationale()));
    }

    @POST
    @Path("{id}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "addProposalItem",
            summary = "Add an item to a draft (If-Match required): a cell's level, an organization's profile field, "
                    + "a new organization or a new theme; cell items need at least one source")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = ItemInput.class),
                            examples = {
                                @ExampleObject(name = "cell", value = ProposalExamples.CELL_ITEM),
                                @ExampleObject(name = "profile field", value = ProposalExamples.FIELD_ITEM)
                            }))
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    @APIResponse(
            responseCode = "201",
            description = "The proposal with the new item, which is the last one; Location is the item's address",
            headers = {
                @Header(name = ApiDocs.LOCATION, ref = ApiDocs.LOCATION),
                @Header(name = ApiDocs.ETAG, ref = ApiDocs.ETAG)
            },
            content = @Content(mediaType = ApiDocs.JSON, schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(
            responseCode = "409",
            description = "The proposal's status does not allow editing (state, allowedActions)")
    public Response addItem(
            @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ItemInput item) {
        ProposalView changed = proposals.addItem(user, id, ETags.version(ifMatch), item);
        long itemId = changed.items().get(changed.items().size() - 1).id();
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(itemId))
                        .build())
                .tag(ETags.of(changed.version()))
                .entity(changed)
                .build();
    }

    @PUT
    @Path("{id}/items/{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceProposalItem", summary = "Replace an item of a draft (If-Match required)")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = ItemInput.class),
                            examples = @ExampleObject(name = "cell", value = ProposalExamples.CELL_ITEM)))
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    @APIResponse(
            responseCode = "200",
            description = "The proposal as changed",
            headers = @Header(name = ApiDocs.ETAG, ref = ApiDocs.ETAG),
            content = @Content(mediaType = ApiDocs.JSON, schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(
            responseCode = "409",
            description = "The proposal's status does not allow editing (state, allowedActions)")
    public Response replaceItem(
            @PathParam("id") long id,
            @PathParam("itemId") long itemId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ItemInput item) {
        return withTag(proposals.replaceItem(user, id, itemId, ETags.version(ifMatch), item));
    }

    @DELETE
    @Path("{id}/items/{itemId}")
    @Operation(operationId = "removeProposalItem", summary = "Remove an item from a draft (If-Match required)")
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    @APIResponse(
            responseCode = "200",
            description = "The proposal without the item",
            headers = @Header(name = ApiDocs.ETAG, ref = ApiDocs.ETAG),
            content = @Content(mediaType = ApiDocs.JSON, schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(
            responseCode = "409",
            description = "The proposal's status does not allow editing (state, allowedActions)")
    public Response removeItem(
            @PathParam("id") long id,
            @PathParam("itemId") long itemId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(proposals.removeItem(user, id, itemId, ETags.version(ifMatch)));
    }

    @POST
    @Path("{id}/items/{itemId}/rebase")
    @Operation(
            operationId = "rebaseProposalItem",
            summary = "Take the current value of the item's target as its base (If-Match required)")
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    @APIResponse(
            responseCode = "200",
            description = "The proposal with the item rebased",
            headers = @Header(name = ApiDocs.ETAG, ref = ApiDocs.ETAG),
            content = @Content(mediaType = ApiDocs.JSON, schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(
            responseCode = "409",
            description = "The proposal's status does not allow editing (state, allowedActions)")
    public Response rebaseItem(
            @PathParam("id") long id,
            @PathParam("itemId") long itemId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(proposals.rebaseItem(user, id, itemId, ETags.version(ifMatch)));
    }

    @POST
    @Path("{id}/revert")
    @Operation(
            operationId = "revertProposal",
            summary = "Prepare a new draft of the proposal's country that puts back what this applied proposal "
                    + "changed (cells and profile fields; a focal point of the country or the secretariat)")
    @APIResponse(
            responseCode = "201",
            description = "The new draft",
            headers = {
                @Header(name = ApiDocs.LOCATION, ref = ApiDocs.LOCATION),
                @Header(name = ApiDocs.ETAG, ref = ApiDocs.ETAG)
            },
            content = @Content(mediaType = ApiDocs.JSON, schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "409", description = "The proposal applied nothing, or nothing it set can be put back")
    public Response revert(@PathParam("id") long id) {
        ProposalView created = proposals.revert(user, id);
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("proposals")
                        .path(String.valueOf(created.id()))
                        .build())
                .tag(ETags.of(created.version()))
                .entity(created)
                .build();
    }

    @POST
    @Path("{id}/submit")
    @Operation(
            operationId = "submitProposal",
            summary = "Send a draft (or a proposal sent back) to the secretariat for review")
    @Parameter(
            name = "If-Match",
            in = ParameterIn.HEADER,
            description =
                    "Optional: the ETag of the version the action was decided on; if it is no longer current, 412")
    @APIResponse(
            responseCode = "200",
            description = "The submitted proposal",
            headers = @Header(name = ApiDocs.ETAG, ref = ApiDocs.ETAG),
            content = @Content(mediaType = ApiDocs.JSON, schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "400", description = "A proposal needs at least one item to be submitted")
    @APIResponse(
            responseCode = "409",
            description =
                    "The status does not allow it (state, allowedActions), or an edition is frozen (edition, editionState)",
            content =
                    @Content(
                            mediaType = ApiDocs.PROBLEM,
                            schema = @Schema(implementation = ProposalProblem.class),
                            examples = @ExampleObject(name = "refused", value = ProposalExamples.TRANSITION_REFUSED)))
    public Response submit(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(reviews.submit(user, id, ETags.version(ifMatch)));
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(operationId = "withdrawProposal", summary = "Withdraw a proposal before it is decided")
    @Parameter(
            name = "If-Match",
            in = ParameterIn.HEADER,
            description =
                    "Optional: the ETag of the version the action was decided on; if it is no longer current, 412")
    @APIResponse(
            responseCode = "200",
            description = "The withdrawn proposal",
            headers = @Header(name = ApiDocs.ETAG, ref = ApiDocs.ETAG),
            content = @Content(mediaType = ApiDocs.JSON, schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(
            responseCode = "409",
            description = "The status does not allow it (state, allowedActions)",
            content =
                    @Content(
                            mediaType = ApiDocs.PROBLEM,
                            schema = @Schema(implementation = ProposalProblem.class),
                            examples = @ExampleObject(name = "refused", value = ProposalExamples.TRANSITION_REFUSED)))
    public Response withdraw(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(reviews.withdraw(user, id, ETags.version(ifMatch)));
    }

    @POST
    @Path("{id}/request-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "requestProposalChanges",
            summary = "Send a submitted proposal back to its country (secretariat; reason required)")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = Reason.class),
                            examples = @ExampleObject(name = "reason", value = ProposalExamples.REASON)))
    @Parameter(
            name = "If-Match",
            in = ParameterIn.HEADER,
            description =
                    "Optional: the ETag of the version the action was decided on; if it is no longer current, 412")
    @APIResponse(
            responseCode = "200",
            description = "The proposal, now CHANGES_REQUESTED",
            headers = @Header(name = ApiDocs.ETAG, ref = ApiDocs.ETAG),
            content = @Content(mediaType = ApiDocs.JSON, schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(
            responseCode = "409",
            description = "The status does not allow it (state, allowedActions)",
            content =
                    @Content(
                            mediaType = ApiDocs.PROBLEM,
                            schema = @Schema(implementation = ProposalProblem.class),
                            examples = @ExampleObject(name = "refused", value = ProposalExamples.TRANSITION_REFUSED)))
    public Response requestChanges(
            @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Reason reason) {
        return withTag(
                reviews.requestChanges(user, id, ETags.version(ifMatch), reason == null ? null : reason.reason()));
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectProposal", summary = "Reject a submitted proposal (secretariat; reason required)")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = Reason.class),
                            examples = @ExampleObject(name = "reason", value = ProposalExamples.REASON)))
    @Parameter(
            name = "If-Match",
            in = ParameterIn.HEADER,
            description =
                    "Optional: the ETag of the version the action was decided on; if it is no longer current, 412")
    @APIResponse(
            responseCode = "200",
            description = "The rejected proposal",
            headers = @Header(name = ApiDocs.ETAG, ref = ApiDocs.ETAG),
            content = @Content(mediaType = ApiDocs.JSON, schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(
            responseCode = "409",
            description = "The status does not allow it (state, allowedActions)",
            content =
                    @Content(
                            mediaType = ApiDocs.PROBLEM,
                            schema = @Schema(implementation = ProposalProblem.class),
                            examples = @ExampleObject(name = "refused", value = ProposalExamples.TRANSITION_REFUSED)))
    public Response reject(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Reason reason) {
        return withTag(reviews.reject(user, id, ETags.version(ifMatch), reason == null ? null : reason.reason()));
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "approveProposal",
            summary = "Approve all items, or decide item by item (secretariat, never one's own proposal; If-Match "
                    + "required); applies the accepted items in one revision")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = ApprovalInput.class),
                            examples = @ExampleObject(name = "approval", value = ProposalExamples.APPROVAL)))
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    @APIResponse(
            responseCode = "200",
            description = "The proposal, APPROVED or PARTIALLY_APPROVED, with each item's decision",
            headers = @Header(name = ApiDocs.ETAG, ref = ApiDocs.ETAG),
            content = @Content(mediaType = ApiDocs.JSON, schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "403", description = "Not a reviewer, or the caller wrote or edited this proposal")
    @APIResponse(
            responseCode = "409",
            description =
                    "Items were written against values that have changed since (conflicts: approve again with override true, or request changes), or the status does not allow approval (state, allowedActions), or applying failed (nothing changed)",
            content =
                    @Content(
                            mediaType = ApiDocs.PROBLEM,
                            schema = @Schema(implementation = ProposalProblem.class),
                            examples = @ExampleObject(name = "conflict", value = ProposalExamples.CONFLICT)))
    public Response approve(
            @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ApprovalInput approval) {
        return withTag(reviews.approve(user, id, approval, ETags.version(ifMatch)));
    }

    private static Integer themeNumber(String theme) {
        return theme == null || theme.isBlank() ? null : QueryNumbers.parse(theme, "theme", 0);
    }

    private static Response withTag(ProposalView view) {
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }
}
