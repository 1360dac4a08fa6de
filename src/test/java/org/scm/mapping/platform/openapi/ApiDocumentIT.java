package org.scm.mapping.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scm.mapping.stack.StackSession;
import org.scm.mapping.testing.Api;

/** The running app's OpenAPI document describes every operation fully (ApiContractRules) and is valid. */
class ApiDocumentIT {

    private static JsonObject document;
    private static String text;

    @BeforeAll
    static void fetch() {
        Api.Response answer =
                Api.anonymous().accept("application/json").get("openapi").expect(200);
        text = answer.body();
        document = answer.json();
    }

    @Test
    void everyOperationDocumentsItsBodiesAnswersAndProblems() {
        assertEquals(List.of(), ApiContractRules.violations(document));
    }

    @Test
    void openApiGeneratorFindsNoIssue() throws IOException {
        Path work = Path.of(System.getProperty("scm.build.dir"), "openapi-document");
        Files.createDirectories(work);
        Path file = work.resolve("openapi.json");
        Files.writeString(file, text);

        String report = OpenApiGenerator.validate(file, work.resolve("validate.log"));

        assertTrue(report.contains("No validation issues detected."), report);
    }

    @Test
    void signInIsTheKeycloakRealmOfTheConfiguration() throws IOException, InterruptedException {
        String realm = StackSession.current().keycloak().url() + "/realms/scm";
        JsonObject schemes = ApiContractRules.object(document, "components", "securitySchemes");
        assertNotNull(schemes, text);
        JsonObject flow = ApiContractRules.object(schemes, "oauth2", "flows", "authorizationCode");
        assertEquals(realm + "/protocol/openid-connect/auth", flow.getString("authorizationUrl"));
        assertEquals(realm + "/protocol/openid-connect/token", flow.getString("tokenUrl"));
        String discovery = schemes.getJsonObject("openIdConnect").getString("openIdConnectUrl");
        assertEquals(realm + "/.well-known/openid-configuration", discovery);
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(discovery)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), "the discovery document the UI signs in with answers");
        assertEquals("http", schemes.getJsonObject("bearer").getString("type"));
        assertEquals("X-CSRF-Token", schemes.getJsonObject("csrf").getString("name"));
    }

    @Test
    void changesWithTheBrowserSessionNeedTheCsrfToken() {
        JsonObject change = operation("/api/proposals", "post");
        JsonObject read = operation("/api/proposals", "get");

        assertTrue(requirements(change).contains(Set.of("session", "csrf")), change.toString());
        assertTrue(requirements(change).contains(Set.of("bearer")), change.toString());
        assertTrue(requirements(change).contains(Set.of("oauth2")), change.toString());
        assertTrue(requirements(document).contains(Set.of("session")), "reads need the session only");
        assertTrue(!read.containsKey("security") || requirements(read).contains(Set.of("session")));
    }

    @Test
    void editsDescribeTheirVersionHeaders() {
        JsonObject describe = operation("/api/proposals/{id}", "patch");
        JsonObject ifMatch = describe.getJsonArray("parameters").stream()
                .map(parameter -> parameter.asJsonObject())
                .filter(parameter -> "If-Match".equals(parameter.getString("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no If-Match on PATCH /api/proposals/{id}"));
        assertEquals("header", ifMatch.getString("in"));
        assertTrue(ifMatch.getBoolean("required"));
        JsonObject responses = describe.getJsonObject("responses");
        assertTrue(responses.keySet().containsAll(Set.of("200", "412", "428", "409", "404")), responses.toString());
        assertTrue(responses.getJsonObject("200").getJsonObject("headers").containsKey("ETag"));

        JsonObject created =
                operation("/api/proposals", "post").getJsonObject("responses").getJsonObject("201");
        assertTrue(created.getJsonObject("headers").keySet().containsAll(Set.of("ETag", "Location")));
        assertTrue(operation("/api/matrix", "get").getJsonObject("responses").containsKey("304"));
    }

    @Test
    void problemsDescribeTheirMembers() {
        JsonObject problem = ApiContractRules.object(document, "components", "schemas", "Problem", "properties");
        assertTrue(
                problem.keySet()
                        .containsAll(Set.of("type", "title", "status", "detail", "fields", "state", "allowedActions")),
                problem.toString());
        JsonObject conflicts = ApiContractRules.object(
                document, "components", "schemas", "ProposalProblem", "properties", "conflicts");
        assertEquals(
                "#/components/schemas/Conflict",
                conflicts.getJsonObject("items").getString("$ref"));
        JsonObject approvalConflict = operation("/api/proposals/{id}/approve", "post")
                .getJsonObject("responses")
                .getJsonObject("409")
                .getJsonObject("content")
                .getJsonObject(ApiContractRules.PROBLEM);
        assertEquals(
                "#/components/schemas/ProposalProblem",
                approvalConflict.getJsonObject("schema").getString("$ref"));
    }

    private static JsonObject operation(String path, String method) {
        JsonObject operation = ApiContractRules.object(document, "paths", path, method);
        assertNotNull(operation, () -> method + " " + path + " is not in the document");
        return operation;
    }

    /** Each alternative of an operation's (or the document's) security, as the set of its schemes. */
    private static List<Set<String>> requirements(JsonObject holder) {
        return holder.getJsonArray("security").stream()
                .map(requirement -> requirement.asJsonObject().keySet())
                .map(Set::copyOf)
                .collect(Collectors.toList());
    }
}
