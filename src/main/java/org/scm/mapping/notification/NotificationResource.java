package org.scm.mapping.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scm.mapping.platform.InvalidInputException;
import org.scm.mapping.platform.Paging;
import org.scm.mapping.platform.openapi.ApiDocs;
import org.scm.mapping.security.CurrentUser;
import org.scm.mapping.security.Roles;

@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FOCAL_POINT, Roles.SECRETARIAT, Roles.ADMIN, Roles.OBSERVER})
@Tag(name = "Notifications", description = "The caller's notifications, e-mail choice and feed address")
public class NotificationResource {

    /** How many of the caller's notifications are unread. */
    public record UnreadCount(long unread) {}

    /** E-mail on or off. */
    public record EmailChoice(Boolean emailEnabled) {}

    /** A new feed address: shown once, the token is not kept. */
    public record FeedAddress(String token, String url) {}

    @Inject
    CurrentUser user;

    @Inject
    NotificationService notifications;

    @Inject
    SettingsService settings;

    @Inject
    @ConfigProperty(name = "scm.public.url", defaultValue = "http://localhost:9080")
    String publicUrl;

    @GET
    @Operation(
            operationId = "listNotifications",
            summary = "The caller's notifications, newest first, with the number unread")
    public Inbox inbox(
            @Parameter(description = "only the unread ones") @QueryParam("unread") boolean unreadOnly,
            @Parameter(description = "0-based") @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return notifications.inbox(
                user,
                Paging.of(page, size, NotificationService.SIZE_DEFAULT, NotificationService.SIZE_MAX),
                unreadOnly);
    }

    @GET
    @Path("unread-count")
    @Operation(operationId = "countUnreadNotifications", summary = "How many of the caller's notifications are unread")
    public UnreadCount unreadCount() {
        return new UnreadCount(notifications.unread(user));
    }

    @POST
    @Path("{id}/read")
    @Operation(operationId = "markNotificationRead", summary = "Marks one of the caller's notifications read")
    public NotificationView read(@PathParam("id") long id) {
        return notifications.markRead(user, id);
    }

    @POST
    @Path("read-all")
    @Operation(operationId = "markAllNotificationsRead", summary = "Marks all the caller's notifications read")
    public UnreadCount readAll() {
        notifications.markAllRead(user);
        return new UnreadCount(notifications.unread(user));
    }

    @GET
    @Path("settings")
    @Operation(
            operationId = "getNotificationSettings",
            summary = "The caller's choices: e-mail on or off, whether a feed address exists")
    public SettingsService.Settings settings() {
        return settings.of(user);
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "chooseEmailNotifications",
            summary = "Turns the caller's e-mail notifications on or off: {\"emailEnabled\": false}")
    public SettingsService.Settings choose(EmailChoice choice) {
        if (choice == null || choice.emailEnabled() == null) {
            throw new InvalidInputException("emailEnabled", "true or false");
        }
        return settings.email(user, choice.emailEnabled());
    }

    @POST
    @Path("feed-token")
    @Operation(
            operationId = "createFeedAddress",
            summary = "A new personal address of the Atom feed for feed readers (any earlier one stops working); "
                    + "the token is shown only in this answer")
    @APIResponse(
            responseCode = "201",
            description = "The new feed address",
            content = @Content(mediaType = ApiDocs.JSON, schema = @Schema(implementation = FeedAddress.class)))
    public Response newFeedToken() {
        String token = settings.newFeedToken(user);
        String url = (publicUrl.endsWith("/") ? publicUrl : publicUrl + "/") + "feeds/" + token + ".atom";
        return Response.status(Response.Status.CREATED)
                .entity(new FeedAddress(token, url))
                .build();
    }

    @DELETE
    @Path("feed-token")
    @Operation(operationId = "revokeFeedAddress", summary = "Revokes the caller's feed address")
    @APIResponse(responseCode = "204", description = "No feed address any more")
    public Response revokeFeedToken() {
        settings.revokeFeedToken(user);
        return Response.noContent().build();
    }
}
