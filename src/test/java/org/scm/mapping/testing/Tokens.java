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
 * realm file's convention {@code demo-<username>}. One token per user is kept for the whole run and
 * renewed a minute before it expires, which saves Keycloak a password hash per request.
 */
public final class Tokens {

    public static final String CLIENT_ID = "scm-mapping";
    public static final String CLIENT_SECRET = "scm-mapping-demo-secret";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration MARGIN = Duration.ofSeconds(60);
    private static final Map<String, Issued> ISSUED = new ConcurrentHashMap<>();

    private record Issued(String token, Instant renewAt) {}

    private Tokens() {}

    public static String of(String username) {
        return of(username, "demo-" + username);
    }

    public static String of(String username, String password) {
        return ISSUED.compute(
                        username + "\n" + password,
                        (key, known) -> known != null && Instant.now().isBefore(known.renewAt())
                                ? known
                                : issue(Map.of(
                                        "grant_type",
                                        "password",
                                        "client_id",
                                        CLIENT_ID,
                                        "client_secret",
                                        CLIENT_SECRET,
                                        "username",
                                        username,
                                        "password",
                                        password)))
                .token();
    }

    private static Issued issue(Map<String, String> form) {
        JsonObject granted = request(KeycloakServer.REALM, form);
        Duration lifetime =
                Duration.ofSeconds(granted.getJsonNumber("expires_in").longValue());
        Instant renewAt = Instant.now()
                .plus(lifetime.compareTo(MARGIN.multipliedBy(2)) > 0 ? lifetime.minus(MARGIN) : lifetime.dividedBy(2));
        return new Issued(granted.getString("access_token"), renewAt);
    }

    /** A token of Keycloak's master-realm administrator, for the admin REST API. */
    public static String admin() {
        return grant(
                "master",
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "admin-cli",
                        "username",
                        KeycloakServer.ADMIN_USER,
                        "password",
                        KeycloakServer.ADMIN_PASSWORD));
    }

    /** A new token from {@code realm}'s token endpoint, not kept. */
    public static String grant(String realm, Map<String, String> form) {
        return request(realm, form).getString("access_token");
    }

    private static JsonObject request(String realm, Map<String, String> form) {
        URI endpoint = URI.create(
                StackSession.current().keycloak().url() + "/realms/" + realm + "/protocol/openid-connect/token");
        String body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(endpoint)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("token request for " + form.get("username") + " failed: "
                        + response.statusCode() + " " + response.body());
            }
            return Json.createReader(new StringReader(response.body())).readObject();
        } catch (IOException e) {
            throw new IllegalStateException("token request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
