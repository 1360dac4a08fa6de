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
import org.scm.mapping.platform.ETags;
import org.scm.mapping.platform.Paging;
import org.scm.mapping.platform.Problems;
import org.scm.mapping.platform.QueryNumbers;
import org.scm.mapping.security.CurrentUser;
import org.scm.mapping.security.Roles;

@Path("proposals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FOCAL_POINT, Roles.SECRETARIAT, Roles.ADMIN, Roles.OBSERVER})
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
    @Operation(summary = "Start a proposal for the caller's country (focal points)")
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
                    + "organization, theme, open)")
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
    @Operation(summary = "One proposal with its items, transitions and the caller's allowed actions")
    public Response get(@PathParam("id") long id) {
        return withTag(proposals.view(user, id));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change title and rationale of a draft (If-Match required)")
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
    @Operation(summary = "Add an item to a draft")
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
    @Operation(summary = "Replace an item of a draft (If-Match required)")
    public Response replaceItem(
            @PathParam("id") long id,
            @PathParam("itemId") long itemId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ItemInput item) {
        return withTag(proposals.replaceItem(user, id, itemId, ETags.version(ifMatch), item));
    }

    @DELETE
    @Path("{id}/items/{itemId}")
    @Operation(summary = "Remove an item from a draft (If-Match required)")
    public Response removeItem(
            @PathParam("id") long id,
            @PathParam("itemId") long itemId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(proposals.removeItem(user, id, itemId, ETags.version(ifMatch)));
    }

    @POST
    @Path("{id}/items/{itemId}/rebase")
    @Operation(summary = "Take the current value of the item's target as its base")
    public Response rebaseItem(
            @PathParam("id") long id,
            @PathParam("itemId") long itemId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(proposals.rebaseItem(user, id, itemId, ETags.version(ifMatch)));
    }

    @POST
    @Path("{id}/revert")
    @Operation(
            summary = "Prepare a new draft of the proposal's country that puts back what this applied proposal "
                    + "changed (cells and profile fields; a focal point of the country or the secretariat)")
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
    @Operation(summary = "Send a draft (or a proposal sent back) to the secretariat for review")
    public Response submit(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(reviews.submit(user, id, ETags.version(ifMatch)));
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "Withdraw a proposal before it is decided")
    public Response withdraw(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(reviews.withdraw(user, id, ETags.version(ifMatch)));
    }

    @POST
    @Path("{id}/request-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a submitted proposal back to its country (reason required)")
    public Response requestChanges(
            @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Reason reason) {
        return withTag(
                reviews.requestChanges(user, id, ETags.version(ifMatch), reason == null ? null : reason.reason()));
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a submitted proposal (reason required)")
    public Response reject(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Reason reason) {
        return withTag(reviews.reject(user, id, ETags.version(ifMatch), reason == null ? null : reason.reason()));
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve all items, or decide item by item; applies the accepted items in one revision")
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
