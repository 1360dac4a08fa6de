package org.scm.mapping.client.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.scm.mapping.client.ApiClient;
import org.scm.mapping.client.ApiException;
import org.scm.mapping.client.ApiResponse;
import org.scm.mapping.client.api.MappingApi;
import org.scm.mapping.client.api.ProposalsApi;
import org.scm.mapping.client.model.ApprovalInput;
import org.scm.mapping.client.model.Conflict;
import org.scm.mapping.client.model.Decision;
import org.scm.mapping.client.model.Description;
import org.scm.mapping.client.model.ItemDecision;
import org.scm.mapping.client.model.ItemInput;
import org.scm.mapping.client.model.ItemView;
import org.scm.mapping.client.model.Level;
import org.scm.mapping.client.model.Problem;
import org.scm.mapping.client.model.ProposalProblem;
import org.scm.mapping.client.model.ProposalStatus;
import org.scm.mapping.client.model.ProposalView;
import org.scm.mapping.client.model.SourceInput;

/**
 * The proposal workflow as a ministry's system would write it, with nothing but the client that
 * openapi-generator made from the app's {@code /openapi} (compiled and run by {@code GeneratedClientIT}):
 * a focal point creates a proposal, adds items and submits it; a reviewer approves part of it; an
 * approval against a changed value answers 409 and the client reads the conflict; an edit against an
 * old version answers 412. Only cells ICAO × themes 1–4 are changed.
 */
public final class ProposalWorkflow {

    private static final String ORGANIZATION = "ICAO";

    private final String baseUrl;
    private final Function<String, String> tokens;

    private ProposalWorkflow(String baseUrl, Function<String, String> tokens) {
        this.baseUrl = baseUrl;
        this.tokens = tokens;
    }

    /** Runs every step against the app at {@code baseUrl}, signing in with {@code tokens} (username → token). */
    public static void run(String baseUrl, Function<String, String> tokens) throws Exception {
        ProposalWorkflow workflow = new ProposalWorkflow(baseUrl, tokens);
        workflow.focalPointProposesAndReviewerApprovesPart();
        workflow.approvalAgainstAChangedValueIsAConflict();
        workflow.editAgainstAnOldVersionIsRefused();
    }

    private void focalPointProposesAndReviewerApprovesPart() throws ApiException {
        ProposalsApi focalPoint = new ProposalsApi(client("fp-ar"));
        Level first = differentFrom(level(1));
        Level secondBefore = level(2);
        Level second = differentFrom(secondBefore);

        ApiResponse<ProposalView> created = focalPoint.createProposalWithHttpInfo(
                new Description().title("ICAO and remittances").rationale("Seen in ICAO's 2024 report"));
        assertEquals(201, created.getStatusCode());
        assertTrue(header(created.getHeaders(), "Location")
                .endsWith("/api/proposals/" + created.getData().getId()));
        long id = created.getData().getId();
        assertEquals(ProposalStatus.DRAFT, created.getData().getStatus());

        ApiResponse<ProposalView> withFirst =
                focalPoint.addProposalItemWithHttpInfo(id, etag(created), cellItem(1, first));
        assertEquals(201, withFirst.getStatusCode());
        ApiResponse<ProposalView> withBoth =
                focalPoint.addProposalItemWithHttpInfo(id, etag(withFirst), cellItem(2, second));
        List<ItemView> items = withBoth.getData().getItems();
        assertEquals(2, items.size());
        assertEquals(level(1).getValue(), items.get(0).getBaseValue(), "each item records its base");

        ProposalView submitted = focalPoint.submitProposal(id, etag(withBoth));
        assertEquals(ProposalStatus.SUBMITTED, submitted.getStatus());

        ProposalsApi reviewer = new ProposalsApi(client("sec-ana"));
        ApiResponse<ProposalView> seen = reviewer.getProposalWithHttpInfo(id);
        ProposalView decided = reviewer.approveProposal(
                id,
                etag(seen),
                new ApprovalInput()
                        .reason("The first item is documented")
                        .decisions(List.of(new Decision()
                                .item(items.get(1).getId())
                                .accept(false)
                                .reason("The source does not cover this theme"))));

        assertEquals(ProposalStatus.PARTIALLY_APPROVED, decided.getStatus());
        assertEquals(ItemDecision.ACCEPTED, decided.getItems().get(0).getDecision());
        assertEquals(ItemDecision.REJECTED, decided.getItems().get(1).getDecision());
        assertEquals(first, level(1), "the accepted item is applied");
        assertEquals(secondBefore, level(2), "the rejected item is not");
        assertFalse(decided.getAllowedActions().contains("approve"));
    }

    private void approvalAgainstAChangedValueIsAConflict() throws ApiException, JsonProcessingException {
        Level before = level(3);
        Level landsFirst = differentFrom(before);
        long first = submittedProposal("fp-ar", "ICAO theme 3, first", cellItem(3, landsFirst));
        long second = submittedProposal("fp-uy", "ICAO theme 3, second", cellItem(3, neither(before, landsFirst)));
        ProposalsApi reviewer = new ProposalsApi(client("sec-ana"));
        reviewer.approveProposal(first, etag(reviewer.getProposalWithHttpInfo(first)), new ApprovalInput());

        ApprovalInput approval = new ApprovalInput().reason("Approved after the first");
        String seen = etag(reviewer.getProposalWithHttpInfo(second));
        ApiException refused = assertThrows(ApiException.class, () -> reviewer.approveProposal(second, seen, approval));

        assertEquals(409, refused.getCode());
        ProposalProblem problem = read(refused, ProposalProblem.class);
        assertEquals(409, problem.getStatus());
        assertEquals(1, problem.getConflicts().size());
        Conflict conflict = problem.getConflicts().get(0);
        assertEquals(ORGANIZATION, conflict.getOrganization());
        assertEquals(3, conflict.getTheme());
        assertEquals(before.getValue(), conflict.getBase());
        assertEquals(landsFirst.getValue(), conflict.getCurrent());
        assertEquals(first, conflict.getChangedByProposal());
        assertEquals(ProposalStatus.SUBMITTED, reviewer.getProposal(second).getStatus(), "nothing changed");

        ProposalView overridden = reviewer.approveProposal(second, seen, approval.override(true));
        assertEquals(ProposalStatus.APPROVED, overridden.getStatus());
    }

    private void editAgainstAnOldVersionIsRefused() throws ApiException, JsonProcessingException {
        ProposalsApi focalPoint = new ProposalsApi(client("fp-ar"));
        ApiResponse<ProposalView> created =
                focalPoint.createProposalWithHttpInfo(new Description().title("ICAO theme 4"));
        long id = created.getData().getId();
        String old = etag(created);
        focalPoint.addProposalItem(id, old, cellItem(4, differentFrom(level(4))));

        ApiException refused = assertThrows(
                ApiException.class,
                () -> focalPoint.describeProposal(id, old, new Description().title("Renamed on an old version")));

        assertEquals(412, refused.getCode());
        Problem problem = read(refused, Problem.class);
        assertEquals("Precondition Failed", problem.getTitle());
        assertNotNull(problem.getDetail());
        assertEquals("ICAO theme 4", focalPoint.getProposal(id).getTitle(), "nothing changed");
    }

    private long submittedProposal(String user, String title, ItemInput item) throws ApiException {
        ProposalsApi focalPoint = new ProposalsApi(client(user));
        ApiResponse<ProposalView> created = focalPoint.createProposalWithHttpInfo(new Description().title(title));
        long id = created.getData().getId();
        ApiResponse<ProposalView> withItem = focalPoint.addProposalItemWithHttpInfo(id, etag(created), item);
        return focalPoint.submitProposal(id, etag(withItem)).getId();
    }

    private Level level(int theme) throws ApiException {
        return new MappingApi(client("observer"))
                .getCell(ORGANIZATION, theme, null, null, null, null)
                .getLevel();
    }

    private static Level differentFrom(Level level) {
        return level == Level.INVOLVED ? Level.STRONG : Level.INVOLVED;
    }

    private static Level neither(Level one, Level other) {
        return List.of(Level.NONE, Level.INVOLVED, Level.STRONG).stream()
                .filter(level -> level != one && level != other)
                .findFirst()
                .orElseThrow();
    }

    private static ItemInput cellItem(int theme, Level level) {
        return new ItemInput()
                .kind(ItemInput.KindEnum.CELL_LEVEL)
                .organization(ORGANIZATION)
                .theme(theme)
                .level(ItemInput.LevelEnum.fromValue(level.getValue()))
                .justification("ICAO annual report 2024")
                .sources(List.of(new SourceInput()
                        .citation("ICAO, Annual Report 2024, p. 12")
                        .url("https://www.icao.int/annual-report-2024")));
    }

    private ApiClient client(String username) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUrl);
        String token = tokens.apply(username);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    private <T> T read(ApiException refused, Class<T> type) throws JsonProcessingException {
        assertEquals(
                "application/problem+json",
                refused.getResponseHeaders()
                        .firstValue("Content-Type")
                        .orElse("")
                        .split(";")[0]);
        return new ApiClient().getObjectMapper().readValue(refused.getResponseBody(), type);
    }

    private static String etag(ApiResponse<?> response) {
        return header(response.getHeaders(), "ETag");
    }

    private static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase(name))
                .map(header -> header.getValue().get(0))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " header in " + headers));
    }
}
