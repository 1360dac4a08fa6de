package org.scm.mapping.platform.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.OAuthFlow;
import org.eclipse.microprofile.openapi.models.security.OAuthFlows;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the OpenAPI document the annotations describe, with what holds for every operation, so
 * that it is written once here instead of on each resource method:
 *
 * <ul>
 *   <li>the reusable headers ({@code ETag}, {@code Location}) and problem answers (components);
 *   <li>the problem answers every operation can give: 400 (any input, even the path, can be refused),
 *       401, 403 and 500; with a body also 413 and 415; with path parameters 404; with {@code If-Match}
 *       412, and 428 where it is required; with {@code If-None-Match} 304. An answer a resource describes
 *       itself keeps its description, and gets the problem schema when it names no content;
 *   <li>security: a Keycloak bearer token, OAuth 2 / OpenID Connect with the realm's endpoints (from the
 *       same configuration the app signs in with, so OpenAPI UI can sign in), or the browser session, which
 *       needs the {@code X-CSRF-Token} header for changes.
 * </ul>
 *
 * Registered with {@code mp.openapi.filter} in {@code META-INF/microprofile-config.properties}.
 */
public class ApiDocumentFilter implements OASFilter {

    static final String BEARER = "bearer";
    static final String OAUTH2 = "oauth2";
    static final String OPENID_CONNECT = "openIdConnect";
    static final String SESSION = "session";
    static final String CSRF = "csrf";

    private static final String PROBLEM_REF = "#/components/schemas/" + ApiDocs.PROBLEM_SCHEMA;
    private static final Set<PathItem.HttpMethod> CHANGES = Set.of(
            PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    private static final String BAD_REQUEST = "BadRequest";
    private static final String UNAUTHORIZED = "Unauthorized";
    private static final String FORBIDDEN = "Forbidden";
    private static final String NOT_FOUND = "NotFound";
    private static final String CONFLICT = "Conflict";
    private static final String PAYLOAD_TOO_LARGE = "PayloadTooLarge";
    private static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
    private static final String SERVER_ERROR = "ServerError";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        addHeaders(components);
        addProblemResponses(components);
        boolean signIn = addSecuritySchemes(components, ConfigProvider.getConfig());
        openAPI.setSecurity(security(signIn, false));
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(path -> {
                if (path.getOperations() != null) {
                    path.getOperations().forEach((method, operation) -> complete(method, operation, signIn));
                }
            });
        }
    }

    private static void complete(PathItem.HttpMethod method, Operation operation, boolean signIn) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        // a header named only by @Parameter (not a method parameter yet) gets no schema, which the document needs
        parameters.stream()
                .filter(parameter -> parameter.getSchema() == null && parameter.getContent() == null)
                .forEach(parameter ->
                        parameter.setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
        Optional<Parameter> ifMatch = header(parameters, "If-Match");
        Optional<Parameter> ifNoneMatch = header(parameters, "If-None-Match");
        ifMatch.filter(parameter -> parameter.getDescription() == null)
                .ifPresent(parameter -> parameter.setDescription(
                        "The ETag of the version the change was made against (from the last answer). A version that "
                                + "is no longer current answers 412 and changes nothing."));
        ifNoneMatch
                .filter(parameter -> parameter.getDescription() == null)
                .ifPresent(
                        parameter -> parameter.setDescription(
                                "The ETag of the version the caller holds: while it is current, the answer is 304 without a body."));

        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        Map<String, APIResponse> answers =
                new TreeMap<>(responses.getAPIResponses() == null ? Map.of() : responses.getAPIResponses());
        answers.putIfAbsent("400", ref(BAD_REQUEST));
        answers.putIfAbsent("401", ref(UNAUTHORIZED));
        answers.putIfAbsent("403", ref(FORBIDDEN));
        answers.putIfAbsent("500", ref(SERVER_ERROR));
        if (operation.getRequestBody() != null) {
            answers.putIfAbsent("413", ref(PAYLOAD_TOO_LARGE));
            answers.putIfAbsent("415", ref(UNSUPPORTED_MEDIA_TYPE));
        }
        if (parameters.stream().anyMatch(parameter -> parameter.getIn() == Parameter.In.PATH)) {
            answers.putIfAbsent("404", ref(NOT_FOUND));
        }
        if (ifMatch.isPresent()) {
            answers.putIfAbsent("412", ref(ApiDocs.PRECONDITION_FAILED));
            if (Boolean.TRUE.equals(ifMatch.get().getRequired())) {
                answers.putIfAbsent("428", ref(ApiDocs.PRECONDITION_REQUIRED));
            }
        }
        if (ifNoneMatch.isPresent()) {
            answers.putIfAbsent("304", ref(ApiDocs.NOT_MODIFIED));
        }
        answers.forEach((status, answer) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                if (answer.getRef() == null && answer.getContent() == null) {
                    answer.setContent(problemContent(null));
                }
            }
        });
        responses.setAPIResponses(answers);

        if (CHANGES.contains(method)) {
            operation.setSecurity(security(signIn, true));
        }
    }

    private static Optional<Parameter> header(List<Parameter> parameters, String name) {
        return parameters.stream()
                .filter(parameter ->
                        parameter.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(parameter.getName()))
                .findFirst();
    }

    private static APIResponse ref(String name) {
        return OASFactory.createAPIResponse().ref(name);
    }

    private static void addHeaders(Components components) {
        components.addHeader(
                ApiDocs.ETAG,
                OASFactory.createHeader()
                        .description("The version of what the answer shows; send it back in If-Match to change it")
                        .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING))
                        .example("\"7\""));
        components.addHeader(
                ApiDocs.LOCATION,
                OASFactory.createHeader()
                        .description("The address of what was created")
                        .schema(OASFactory.createSchema()
                                .type(Schema.SchemaType.STRING)
                                .format("uri")));
    }

    private static void addProblemResponses(Components components) {
        components.addResponse(
                BAD_REQUEST,
                problem(
                        "Invalid input: a parameter, a path segment or a member of the body is missing, malformed "
                                + "or breaks a rule; `fields` names each one. Nothing was changed.",
                        example(
                                400,
                                "Invalid request",
                                "Some fields are invalid.",
                                Map.of("fields", List.of(Map.of("field", "title", "message", "must not be blank"))))));
        components.addResponse(
                UNAUTHORIZED,
                problem(
                        "No valid credentials: send a bearer token from the Keycloak realm (or sign in).",
                        example(401, "Unauthorized", "Sign in first.", Map.of())));
        components.addResponse(
                FORBIDDEN,
                problem(
                        "The caller's role does not allow this, or a change made with a browser session did not send "
                                + "the session's X-CSRF-Token header.",
                        example(403, "Forbidden", "Your role does not allow this.", Map.of())));
        components.addResponse(
                NOT_FOUND,
                problem(
                        "Nothing with that key, or nothing the caller may see (another country's proposals answer "
                                + "404 as if they did not exist).",
                        example(404, "Not Found", "There is no proposal '42'.", Map.of())));
        components.addResponse(
                CONFLICT,
                problem(
                        "The current state does not allow this; `state` and `allowedActions` say what it allows.",
                        example(
                                409,
                                "Conflict",
                                "A proposal in status SUBMITTED cannot submit.",
                                Map.of("state", "SUBMITTED", "allowedActions", List.of("withdraw")))));
        components.addResponse(
                ApiDocs.PRECONDITION_FAILED,
                problem(
                        "The If-Match names a version that is no longer current: reload, then apply the change "
                                + "again. Nothing was changed.",
                        example(
                                412,
                                "Precondition Failed",
                                "The resource changed since version 3 (now 4); reload it and apply your edit again.",
                                Map.of())));
        components.addResponse(
                ApiDocs.PRECONDITION_REQUIRED,
                problem(
                        "If-Match is missing: send the ETag of the version the change was made against.",
                        example(
                                428,
                                "Precondition Required",
                                "Send the ETag of the version you edited in an If-Match header (from the last GET).",
                                Map.of())));
        components.addResponse(
                PAYLOAD_TOO_LARGE,
                problem(
                        "The body is larger than 1 MB.",
                        example(413, "Request Entity Too Large", "The request body is too large.", Map.of())));
        components.addResponse(
                UNSUPPORTED_MEDIA_TYPE,
                problem(
                        "The body is not sent as application/json.",
                        example(415, "Unsupported Media Type", "This content type is not supported here.", Map.of())));
        components.addResponse(
                SERVER_ERROR,
                problem(
                        "Something failed on the server; nothing was changed. The detail carries a reference for "
                                + "the operators.",
                        example(
                                500,
                                "Internal Server Error",
                                "Something went wrong on our side; nothing was changed. Reference: "
                                        + "0f8e2c1a-7d3b-4c55-9e2a-5b1f0c6d8e47",
                                Map.of())));
        components.addResponse(
                ApiDocs.NOT_MODIFIED,
                OASFactory.createAPIResponse()
                        .description("The If-None-Match names the current version: no body, the same ETag.")
                        .addHeader(ApiDocs.ETAG, OASFactory.createHeader().ref(ApiDocs.ETAG)));
    }

    private static APIResponse problem(String description, Map<String, Object> example) {
        return OASFactory.createAPIResponse().description(description).content(problemContent(example));
    }

    private static Content problemContent(Map<String, Object> example) {
        MediaType problem =
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
        if (example != null) {
            problem.setExample(example);
        }
        return OASFactory.createContent().addMediaType(ApiDocs.PROBLEM, problem);
    }

    private static Map<String, Object> example(int status, String title, String detail, Map<String, Object> more) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.putAll(more);
        return problem;
    }

    /**
     * Keycloak's endpoints for the realm the app signs in with ({@code scm.keycloak.url}, {@code
     * scm.keycloak.realm}); without them the document offers the bearer token and the session only.
     *
     * @return whether the OAuth 2 and OpenID Connect schemes were added
     */
    static boolean addSecuritySchemes(Components components, Config config) {
        components.addSecurityScheme(
                BEARER,
                OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description("An access token of the Keycloak realm (client scm-mapping), in the Authorization "
                                + "header. Calls made with it need no X-CSRF-Token."));
        Optional<String> keycloak = config.getOptionalValue("scm.keycloak.url", String.class);
        Optional<String> realm = config.getOptionalValue("scm.keycloak.realm", String.class);
        boolean signIn = keycloak.isPresent() && realm.isPresent();
        if (signIn) {
            String base = keycloak.get().replaceAll("/+$", "") + "/realms/" + realm.get();
            OAuthFlow authorizationCode = OASFactory.createOAuthFlow()
                    .authorizationUrl(base + "/protocol/openid-connect/auth")
                    .tokenUrl(base + "/protocol/openid-connect/token")
                    .refreshUrl(base + "/protocol/openid-connect/token")
                    .scopes(Map.of("openid", "OpenID Connect sign-in"));
            OAuthFlows flows = OASFactory.createOAuthFlows().authorizationCode(authorizationCode);
            components.addSecurityScheme(
                    OAUTH2,
                    OASFactory.createSecurityScheme()
                            .type(SecurityScheme.Type.OAUTH2)
                            .flows(flows)
                            .description("Sign in with the Keycloak realm '" + realm.get()
                                    + "' (authorization code; client scm-mapping)."));
            components.addSecurityScheme(
                    OPENID_CONNECT,
                    OASFactory.createSecurityScheme()
                            .type(SecurityScheme.Type.OPENIDCONNECT)
                            .openIdConnectUrl(base + "/.well-known/openid-configuration")
                            .description("The Keycloak realm's OpenID Connect discovery document."));
        }
        components.addSecurityScheme(
                SESSION,
                OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.COOKIE)
                        .name("JSESSIONID")
                        .description("The browser session of the web UI, after signing in at /."));
        components.addSecurityScheme(
                CSRF,
                OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER)
                        .name("X-CSRF-Token")
                        .description("With the browser session, a change (POST, PUT, PATCH, DELETE) sends back the "
                                + "token that every API answer to that session carries in its X-CSRF-Token header; "
                                + "without it: 403. Not needed with a bearer token."));
        return signIn;
    }

    /** Any one of: bearer token, OAuth 2, OpenID Connect, or the session (with the CSRF token for changes). */
    private static List<SecurityRequirement> security(boolean signIn, boolean change) {
        SecurityRequirement session = OASFactory.createSecurityRequirement().addScheme(SESSION);
        if (change) {
            session.addScheme(CSRF);
        }
        List<SecurityRequirement> any = new ArrayList<>();
        any.add(OASFactory.createSecurityRequirement().addScheme(BEARER));
        if (signIn) {
            any.add(OASFactory.createSecurityRequirement().addScheme(OAUTH2));
            any.add(OASFactory.createSecurityRequirement().addScheme(OPENID_CONNECT));
        }
        any.add(session);
        return any;
    }
}
