package org.scm.mapping.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import org.scm.mapping.stack.StackSession;
import org.scm.mapping.testing.Api;

/**
 * A user agent over plain HTTP: its own cookie jar, no redirects followed (tests look at each), and
 * HTTPS accepted from the demo's self-signed certificate. It can sign in through the real Keycloak login
 * form, the way a browser does, so tests can read the raw {@code Set-Cookie} headers of the sign-in.
 */
final class Agent {

    static final String SESSION_COOKIE = "JSESSIONID";
    private static final Pattern LOGIN_FORM_ACTION =
            Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    /**
     * The cookies this agent got, by name. Everything under test runs on localhost, so domain, path and
     * port are not told apart (a browser does not tell ports apart either); with java.net.CookieManager
     * Keycloak's sign-in cookies did not come back to it ("Restart login cookie not found").
     */
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .sslContext(trustingTheDemoCertificate())
            .build();

    static URI http(String path) {
        return URI.create(StackSession.current().appUrl() + strip(path));
    }

    static URI https(String path) {
        return URI.create(
                "https://localhost:" + StackSession.current().settings().httpsPort() + "/" + strip(path));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
        if (!cookies.isEmpty() && built.headers().firstValue("Cookie").isEmpty()) {
            built = HttpRequest.newBuilder(built, (name, value) -> true)
                    .header(
                            "Cookie",
                            cookies.entrySet().stream()
                                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                                    .collect(Collectors.joining("; ")))
                    .build();
        }
        try {
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            remember(response);
            return response;
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    HttpResponse<String> get(URI uri, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    private void remember(HttpResponse<?> response) {
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String[] attributes = setCookie.split(";");
            String[] nameAndValue = attributes[0].split("=", 2);
            boolean expired = Arrays.stream(attributes)
                    .map(String::strip)
                    .anyMatch(attribute -> attribute.equalsIgnoreCase("Max-Age=0")
                            || attribute.toLowerCase(java.util.Locale.ROOT).startsWith("expires=thu, 01-jan-1970")
                            || attribute.toLowerCase(java.util.Locale.ROOT).startsWith("expires=thu, 01 jan 1970"));
            if (expired || nameAndValue.length < 2 || nameAndValue[1].isEmpty()) {
                cookies.remove(nameAndValue[0].strip());
            } else {
                cookies.put(nameAndValue[0].strip(), nameAndValue[1].strip());
            }
        }
    }

    /**
     * Opens {@code start} on the app, follows it to Keycloak's login form, signs in there and brings the
     * answer back to the app; returns the app's answer to that last step (where the session is made).
     */
    HttpResponse<String> signIn(URI start, String username, String password) {
        HttpResponse<String> toLogin = get(start, "Accept", "text/html");
        if (toLogin.statusCode() != 302) {
            throw new AssertionError(
                    "expected a redirect to Keycloak, got " + toLogin.statusCode() + " " + toLogin.body());
        }
        HttpResponse<String> form =
                get(URI.create(toLogin.headers().firstValue("Location").orElseThrow()));
        Matcher action = LOGIN_FORM_ACTION.matcher(form.body());
        if (form.statusCode() != 200 || !action.find()) {
            throw new AssertionError("no Keycloak login form: " + form.statusCode() + " " + form.body());
        }
        HttpResponse<String> posted =
                send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                form(Map.of("username", username, "password", password, "credentialId", "")))));
        if (posted.statusCode() != 302) {
            throw new AssertionError(
                    "Keycloak did not accept the sign-in: " + posted.statusCode() + " " + posted.body());
        }
        return get(URI.create(posted.headers().firstValue("Location").orElseThrow()), "Accept", "text/html");
    }

    /** The raw {@code Set-Cookie} header that sets {@code name} (the last, which counts), if the response has one. */
    static Optional<String> setCookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(name + "="))
                .reduce((first, last) -> last);
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String strip(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /** The demo keystore is generated at start-up and self-signed; the test trusts whatever the server shows. */
    private static SSLContext trustingTheDemoCertificate() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new javax.net.ssl.TrustManager[] {new TrustingTheDemoServer()}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class TrustingTheDemoServer extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    static List<String> headers(HttpResponse<?> response, String name) {
        return response.headers().allValues(name);
    }

    /** A request to the API with a bearer token (any text: forged, expired or real). */
    static HttpRequest.Builder apiRequest(String path, String token) {
        return HttpRequest.newBuilder(Api.uri(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
    }

    /** A request to the API without credentials. */
    static HttpRequest.Builder apiRequest(String path) {
        return HttpRequest.newBuilder(Api.uri(path)).timeout(Duration.ofSeconds(30));
    }

    /** Sends a request without cookies of any earlier one. */
    static HttpResponse<String> apiSend(HttpRequest.Builder request) {
        return new Agent().send(request);
    }

    static HttpResponse<String> apiGet(String path, String token) {
        return apiSend(
                apiRequest(path, token).header("Accept", "application/json").GET());
    }

    static HttpResponse<String> apiGetAnonymous(String path) {
        return apiSend(apiRequest(path).header("Accept", "application/json").GET());
    }

    static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /** The media type of the response, without parameters such as charset. */
    static String contentType(HttpResponse<String> response) {
        return response.headers()
                .firstValue("Content-Type")
                .orElse("")
                .split(";")[0]
                .trim();
    }
}
