package org.scm.mapping.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.scm.mapping.stack.KeycloakServer;
import org.scm.mapping.stack.StackSession;

/** Keycloak's admin REST API on the test realm, for users and clients a test needs beyond the realm file. */
public final class KeycloakAdmin {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private KeycloakAdmin() {
    }

    /** Creates a user who holds none of the application's roles; password {@code demo-<username>}. */
    public static void ensureUserWithoutRoles(String username) {
        post("users", """
                {"username":"%s","enabled":true,"email":"%s@scm-mapping.test","emailVerified":true,
                 "firstName":"No","lastName":"Role",
                 "credentials":[{"type":"password","value":"demo-%s","temporary":false}]}
                """.formatted(username, username, username));
    }

    /** A public client whose access tokens live {@code seconds} seconds, for expiry tests. */
    public static void ensureShortLivedClient(String clientId, int seconds) {
        post("clients", """
                {"clientId":"%s","publicClient":true,"directAccessGrantsEnabled":true,"standardFlowEnabled":false,
                 "attributes":{"access.token.lifespan":"%d"}}
                """.formatted(clientId, seconds));
    }

    private static void post(String collection, String json) {
        URI uri = URI.create(StackSession.current().keycloak().url() + "/admin/realms/" + KeycloakServer.REALM + "/"
                + collection);
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri)
                    .header("Authorization", "Bearer " + Tokens.admin())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201 && response.statusCode() != 409) {
                throw new IllegalStateException("Keycloak admin POST " + collection + ": " + response.statusCode() + " "
                        + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
