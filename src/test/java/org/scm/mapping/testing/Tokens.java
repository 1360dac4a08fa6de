package org.scm.mapping.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.scm.mapping.stack.KeycloakServer;
import org.scm.mapping.stack.StackSession;

/**
 * Access tokens from the test Keycloak through the password grant. Demo users' passwords follow the
 * realm file's convention {@code demo-<username>}.
 */
public final class Tokens {

    public static final String CLIENT_ID = "scm-mapping";
    public static final String CLIENT_SECRET = "scm-mapping-demo-secret";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Tokens live 300 s in the realm; one is reused for a minute, which saves Keycloak a password hash per call. */
    private static final Duration REUSE = Duration.ofSeconds(60);
    private static final Map<String, Issued> ISSUED = new ConcurrentHashMap<>();

    private record Issued(String token, Instant at) {
    }

    private Tokens() {
    }

    public static String of(String username) {
        return of(username, "demo-" + username);
    }

    public static String of(String username, String password) {
        Issued issued = ISSUED.compute(username + "\n" + password, (key, known) ->
                known != null && known.at().plus(REUSE).isAfter(Instant.now()) ? known
                        : new Issued(grant(KeycloakServer.REALM, Map.of("grant_type", "password", "client_id", CLIENT_ID,
                                "client_secret", CLIENT_SECRET, "username", username, "password", password)), Instant.now()));
        return issued.token();
    }

    /** A token of Keycloak's master-realm administrator, for the admin REST API. */
    public static String admin() {
        return grant("master", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", KeycloakServer.ADMIN_USER, "password", KeycloakServer.ADMIN_PASSWORD));
    }

    public static String grant(String realm, Map<String, String> form) {
        URI endpoint = URI.create(StackSession.current().keycloak().url() + "/realms/" + realm
                + "/protocol/openid-connect/token");
        String body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(endpoint)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("token request for " + form.get("username") + " failed: "
                        + response.statusCode() + " " + response.body());
            }
            JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
            return json.getString("access_token");
        } catch (IOException e) {
            throw new IllegalStateException("token request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
