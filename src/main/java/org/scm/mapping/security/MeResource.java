package org.scm.mapping.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scm.mapping.platform.openapi.ApiDocs;

@Path("me")
@RequestScoped
@Tag(name = "Me", description = "The caller")
public class MeResource {

    @Inject
    CurrentUser currentUser;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FOCAL_POINT, Roles.SECRETARIAT, Roles.ADMIN, Roles.OBSERVER})
    @Operation(operationId = "getMe", summary = "The caller: username, display name, roles and country")
    @APIResponse(
            responseCode = "200",
            description = "The caller",
            content =
                    @Content(
                            mediaType = ApiDocs.JSON,
                            schema = @Schema(implementation = CurrentUser.class),
                            examples = @ExampleObject(name = "focal point", value = """
                                                    {"username": "fp-pe", "displayName": "Focal Point Peru",
                                                     "roles": ["focal-point"], "country": "PE"}""")))
    public CurrentUser me() {
        return currentUser;
    }
}
