package org.scm.mapping.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.scm.mapping.stack.StackSession;

/**
 * The one HTTP client of the integration tests: who calls, then what.
 *
 * <pre>
 * Api.as("fp-pe").post("api/proposals", "{\"title\":\"…\"}").expect(201)          // a demo user (token cached)
 * Api.as("sec-ana").ifMatch(etag).post("api/proposals/7/approve", "{}").json()     // If-Match with an ETag
 * Api.as("observer").accept("text/csv").get("api/matrix?edition=2014").body()      // another media type
 * Api.anonymous().get("api/me").problem(401)                                       // problem+json, checked
 * Api.withToken(forged).get("api/me")                                              // any bearer token
 * </pre>
 *
 * A caller is immutable: {@link #accept}, {@link #ifMatch} and {@link #header} return a new one. Requests
 * accept {@code application/json} unless told otherwise, send bodies as {@code application/json}, and never
 * follow redirects, so tests see them. The answer is a {@link Response}: status, headers, the body as JSON,
 * the ETag, and assertions for the expected status and for problem+json errors. Demo users' tokens come
 * from {@link Tokens} (one per user, renewed before it expires).
 */
public final class Api {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final String username;
    private final String token;
    private final Map<String, String> headers;
    /** Another instance of the app (ClusterIT), or null for the app under test. */
    private final String base;

    private Api(String username, String token, Map<String, String> headers) {
        this(username, token, headers, null);
    }

    private Api(String username, String token, Map<String, String> headers, String base) {
        this.username = username;
        this.token = token;
        this.headers = Map.copyOf(headers);
        this.base = base;
    }

    /** A demo user (password {@code demo-<username>}), or a user made with {@link KeycloakAdmin}. */
    public static Api as(String username) {
        return new Api(username, null, Map.of("Accept", "application/json"));
    }

    /** No credentials at all. */
    public static Api anonymous() {
        return new Api(null, null, Map.of("Accept", "application/json"));
    }

    /** A given bearer token, e.g. a forged or an expired one. */
    public static Api withToken(String token) {
        return new Api(null, token, Map.of("Accept", "application/json"));
    }

    /** The app's address for {@code path} (relative to the app's root, with or without a leading slash). */
    public static URI uri(String path) {
        return URI.create(StackSession.current().appUrl() + (path.startsWith("/") ? path.substring(1) : path));
    }

    /** The same caller, talking to the app at {@code baseUrl} (another instance, e.g. {@code http://localhost:9181/}). */
    public Api at(String baseUrl) {
        return new Api(username, token, headers, baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    }

    public Api accept(String mediaType) {
        return header("Accept", mediaType);
    }

    /** {@code If-Match} with an ETag as the server sent it (quoted), e.g. from {@link Response#etag()}. */
    public Api ifMatch(String etag) {
        return header("If-Match", etag);
    }

    public Api header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Api(username, token, more, base);
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response post(String path, String json) {
        return send("POST", path, json);
    }

    public Response put(String path, String json) {
        return send("PUT", path, json);
    }

    public Response patch(String path, String json) {
        return send("PATCH", path, json);
    }

    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    /** Any method; {@code json} may be null for no body. */
    public Response send(String method, String path, String json) {
        return new Response(
                what(method, path),
                exchange(
                        method,
                        path,
                        json == null ? null : HttpRequest.BodyPublishers.ofString(json),
                        "application/json",
                        HttpResponse.BodyHandlers.ofString()));
    }

    /** POSTs a file: {@code body} as it is, with its media type. */
    public Response upload(String path, String contentType, byte[] body) {
        return new Response(
                what("POST", path),
                exchange(
                        "POST",
                        path,
                        HttpRequest.BodyPublishers.ofByteArray(body),
                        contentType,
                        HttpResponse.BodyHandlers.ofString()));
    }

    /** GETs a download: the answer with its body as bytes. */
    public HttpResponse<byte[]> download(String path) {
        return exchange("GET", path, null, null, HttpResponse.BodyHandlers.ofByteArray());
    }

    private String what(String method, String path) {
        return method + " " + (base == null ? "" : base) + path + (username != null ? " as " + username : "");
    }

    private <T> HttpResponse<T> exchange(
            String method,
            String path,
            HttpRequest.BodyPublisher body,
            String contentType,
            HttpResponse.BodyHandler<T> handler) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        base == null ? uri(path) : URI.create(base + (path.startsWith("/") ? path.substring(1) : path)))
                .timeout(TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
        headers.forEach(request::header);
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        String bearer = username != null ? Tokens.of(username) : token;
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        String what = what(method, path);
        try {
            // the request's timeout covers the wait for the answer's head only: a whole exchange gets as long again
            return HTTP.sendAsync(request.build(), handler).get(2 * TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(what + " failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException(
                    what + " got no complete answer within " + 2 * TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " interrupted", e);
        }
    }

    /** An answer of the app; assertion messages name the request and show the body. */
    public record Response(String request, HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        /** The media type, without parameters such as charset. */
        public String contentType() {
            return header("Content-Type").orElse("").split(";")[0].trim();
        }

        /** The {@code ETag} header; fails when there is none. */
        public String etag() {
            return header("ETag").orElseThrow(() -> new AssertionError(request + " sent no ETag"));
        }

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body()))) {
                return reader.readObject();
            }
        }

        public JsonArray array() {
            try (JsonReader reader = Json.createReader(new StringReader(body()))) {
                return reader.readArray();
            }
        }

        /** Asserts the status code and returns this answer. */
        public Response expect(int status) {
            assertEquals(status, status(), () -> request + " → " + status() + " " + body());
            return this;
        }

        /** Asserts 200 and returns the JSON object. */
        public JsonObject ok() {
            return expect(200).json();
        }

        /**
         * Asserts an RFC 9457 error: this status, {@code application/problem+json}, and the same
         * {@code status} member; returns the problem.
         */
        public JsonObject problem(int status) {
            expect(status);
            assertEquals("application/problem+json", contentType(), () -> request + ": " + body());
            JsonObject problem = json();
            assertEquals(status, problem.getInt("status"), () -> request + ": " + body());
            return problem;
        }

        /** Asserts a 400 problem whose {@code fields} name {@code field}; returns the problem. */
        public JsonObject fieldProblem(String field) {
            JsonObject problem = problem(400);
            assertTrue(
                    problem.getJsonArray("fields").stream()
                            .anyMatch(entry -> field.equals(entry.asJsonObject().getString("field"))),
                    () -> request + " names no field " + field + ": " + body());
            return problem;
        }
    }
}
