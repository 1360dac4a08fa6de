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

    private KeycloakAdmin() {}

    /** A public client whose access tokens live {@code seconds} seconds, for expiry tests. */
    public static void ensureShortLivedClient(String clientId, int seconds) {
        send("POST", "clients", """
                {"clientId":"%s","publicClient":true,"directAccessGrantsEnabled":true,"standardFlowEnabled":false,
                 "attributes":{"access.token.lifespan":"%d"}}
                """.formatted(clientId, seconds));
    }

    /**
     * A user with the given realm roles and, if not null, a member country; password
     * {@code demo-<username>}. Made once per test run.
     */
    public static void ensureUser(String username, String country, String... roles) {
        String attributes = country == null ? "{}" : "{\"country\":[\"" + country + "\"]}";
        HttpResponse<String> created =
                send("POST", "users", """
                {"username":"%s","enabled":true,"email":"%s@scm-mapping.test","emailVerified":true,
                 "firstName":"Test","lastName":"%s","attributes":%s,
                 "credentials":[{"type":"password","value":"demo-%s","temporary":false}]}
                """.formatted(username, username, username, attributes, username));
        if (created.statusCode() == 409) {
            return;
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        String userId = location.substring(location.lastIndexOf('/') + 1);
        StringBuilder representations = new StringBuilder("[");
        for (String role : roles) {
            if (representations.length() > 1) {
                representations.append(',');
            }
            representations.append(send("GET", "roles/" + role, null).body());
        }
        send(
                "POST",
                "users/" + userId + "/role-mappings/realm",
                representations.append(']').toString());
    }

    private static HttpResponse<String> send(String method, String path, String json) {
        URI uri = URI.create(
                StackSession.current().keycloak().url() + "/admin/realms/" + KeycloakServer.REALM + "/" + path);
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(uri)
                            .header("Authorization", "Bearer " + Tokens.admin())
                            .header("Content-Type", "application/json")
                            .method(
                                    method,
                                    json == null
                                            ? HttpRequest.BodyPublishers.noBody()
                                            : HttpRequest.BodyPublishers.ofString(json))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300 && response.statusCode() != 409) {
                throw new IllegalStateException(
                        "Keycloak admin " + method + " " + path + ": " + response.statusCode() + " " + response.body());
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
