package org.scm.mapping.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Who holds a role, and a user's address and language, read from Keycloak's admin REST API with the
 * application client's service account (realm-management roles {@code view-users} and
 * {@code view-realm}, see the realm file). Used after commit by the notification sender, never inside
 * a request's transaction: when Keycloak does not answer, the sender tries again later.
 */
@ApplicationScoped
public class UserDirectory {

    private static final int PAGE = 100;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /** The directory could not be read; nothing was decided. */
    public static class UnavailableException extends RuntimeException {
        UnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Every enabled user holding the realm role. */
    public List<DirectoryUser> withRole(String role) {
        String token = serviceToken();
        List<DirectoryUser> users = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            JsonArray page = array(get(
                    token,
                    "roles/" + encode(role) + "/users?briefRepresentation=false&first=" + first + "&max=" + PAGE));
            page.getValuesAs(JsonObject.class).stream()
                    .filter(user -> user.getBoolean("enabled", true))
                    .map(UserDirectory::user)
                    .forEach(users::add);
            if (page.size() < PAGE) {
                return users;
            }
        }
    }

    /** The enabled user of that exact username, if there is one. */
    public Optional<DirectoryUser> user(String username) {
        JsonArray found =
                array(get(serviceToken(), "users?exact=true&briefRepresentation=false&username=" + encode(username)));
        return found.getValuesAs(JsonObject.class).stream()
                .filter(user -> username.equalsIgnoreCase(user.getString("username", "")))
                .filter(user -> user.getBoolean("enabled", true))
                .map(UserDirectory::user)
                .findFirst();
    }

    static DirectoryUser user(JsonObject user) {
        String first = user.getString("firstName", "");
        String last = user.getString("lastName", "");
        JsonObject attributes = user.containsKey("attributes") && !user.isNull("attributes")
                ? user.getJsonObject("attributes")
                : JsonValue.EMPTY_JSON_OBJECT;
        return new DirectoryUser(
                user.getString("username"),
                (first + " " + last).trim(),
                user.containsKey("email") && !user.isNull("email") ? user.getString("email") : null,
                attribute(attributes, "locale"),
                attribute(attributes, KeycloakUsers.COUNTRY_CLAIM));
    }

    private static String attribute(JsonObject attributes, String name) {
        if (!attributes.containsKey(name) || attributes.get(name).getValueType() != JsonValue.ValueType.ARRAY) {
            return null;
        }
        return attributes.getJsonArray(name).stream()
                .filter(value -> value instanceof JsonString)
                .map(value -> ((JsonString) value).getString())
                .findFirst()
                .orElse(null);
    }

    private String serviceToken() {
        String form = "grant_type=client_credentials&client_id=" + encode(setting("scm.oidc.client-id"))
                + "&client_secret=" + encode(setting("scm.oidc.client-secret"));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(realmUrl("/realms/") + "/protocol/openid-connect/token"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try (JsonReader reader = Json.createReader(new StringReader(send(request)))) {
            return reader.readObject().getString("access_token");
        }
    }

    private String get(String token, String path) {
        return send(HttpRequest.newBuilder(URI.create(realmUrl("/admin/realms/") + "/" + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET()
                .build());
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new UnavailableException(
                        "The user directory answered " + response.statusCode() + " to "
                                + request.uri().getPath(),
                        null);
            }
            return response.body();
        } catch (IOException e) {
            throw new UnavailableException("The user directory did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("Interrupted while reading the user directory", e);
        }
    }

    private static JsonArray array(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }

    private static String realmUrl(String prefix) {
        String base = setting("scm.keycloak.url");
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
                + prefix
                + encode(setting("scm.keycloak.realm"));
    }

    private static String setting(String name) {
        return ConfigProvider.getConfig().getValue(name, String.class);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
