package org.scm.mapping.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scm.mapping.testing.ProposalSteps.act;
import static org.scm.mapping.testing.ProposalSteps.addItem;
import static org.scm.mapping.testing.ProposalSteps.cellItem;
import static org.scm.mapping.testing.ProposalSteps.create;
import static org.scm.mapping.testing.ProposalSteps.get;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.scm.mapping.testing.Api;
import org.scm.mapping.testing.Db;

/**
 * The full transition table: every status × every action × every kind of caller gets the status
 * code the rules give, and a refused call leaves the proposal and the history as they were.
 */
class ProposalWorkflowIT {

    /** Its cells: these columns (all but WMO) in themes 22 to 29, which no other test class uses. */
    private static final String[] MATRIX_COLUMNS = {
        "UNHCR",
        "WB",
        "UN-RC",
        "DESA",
        "FAO",
        "IFAD",
        "UN-HABITAT",
        "ICAO",
        "OHCHR",
        "SR-HRM",
        "IOM",
        "ILO",
        "IMO",
        "WIPO",
        "WHO",
        "UNODC",
        "UN-WOMEN",
        "UNAIDS",
        "UNDP",
        "UNCTAD",
        "UNESCO",
        "UNFPA",
        "UNICEF",
        "UNITAR",
        "UPU"
    };

    private static final int FIRST_THEME = 22;
    private static final AtomicInteger NEXT_CELL = new AtomicInteger();

    /** Who calls: a focal point of the proposing country (PE), of another country, and the other roles. */
    enum Caller {
        OWN_COUNTRY("fp-pe"),
        OTHER_COUNTRY("fp-cl"),
        SECRETARIAT("sec-ana"),
        ADMIN("sys-admin"),
        OBSERVER("observer"),
        ANONYMOUS(null);

        final String username;

        Caller(String username) {
            this.username = username;
        }
    }

    private static final List<String> ACTIONS =
            List.of("submit", "withdraw", "request-changes", "approve", "reject", "edit", "add-item", "comment");

    /** Where a successful action leads; actions not named keep the status. */
    private static final Map<String, String> RESULT = Map.of(
            "submit",
            "SUBMITTED",
            "withdraw",
            "WITHDRAWN",
            "request-changes",
            "CHANGES_REQUESTED",
            "approve",
            "APPROVED",
            "reject",
            "REJECTED");

    /** The status code DESIGN.md's rules give, written out independently of the application's Workflow. */
    static int expected(ProposalStatus status, String action, Caller caller) {
        switch (caller) {
            case ANONYMOUS:
                return 401;
            case OTHER_COUNTRY, ADMIN, OBSERVER:
                return 404; // nobody else learns that the proposal exists
            case SECRETARIAT:
                if (status == ProposalStatus.DRAFT) {
                    return 404;
                }
                if (action.equals("comment")) {
                    return 201;
                }
                if (!Set.of("request-changes", "approve", "reject").contains(action)) {
                    return 403;
                }
                return status == ProposalStatus.SUBMITTED ? 200 : 409;
            case OWN_COUNTRY:
                if (Set.of("request-changes", "approve", "reject").contains(action)) {
                    return 403;
                }
                if (action.equals("comment")) {
                    return 201;
                }
                boolean allowed = switch (action) {
                    case "submit", "edit", "add-item" ->
                        status == ProposalStatus.DRAFT || status == ProposalStatus.CHANGES_REQUESTED;
                    case "withdraw" ->
                        status == ProposalStatus.DRAFT
                                || status == ProposalStatus.SUBMITTED
                                || status == ProposalStatus.CHANGES_REQUESTED;
                    default -> false;
                };
                return allowed ? action.equals("add-item") ? 201 : 200 : 409;
            default:
                throw new AssertionError(caller);
        }
    }

    @Test
    void everyStatusActionAndCaller() throws SQLException {
        Map<ProposalStatus, Long> shared = new EnumMap<>(ProposalStatus.class);
        for (ProposalStatus status : ProposalStatus.values()) {
            shared.put(status, proposalIn(status));
        }
        List<String> mismatches = new ArrayList<>();
        int calls = 0;
        for (ProposalStatus status : ProposalStatus.values()) {
            for (String action : ACTIONS) {
                for (Caller caller : Caller.values()) {
                    int expected = expected(status, action, caller);
                    boolean succeeds = expected == 200 || expected == 201;
                    long proposal = succeeds ? proposalIn(status) : shared.get(status);
                    JsonObject before = get("fp-pe", proposal);
                    long revisionsBefore = revisionsOf(proposal);

                    Api.Response response = perform(action, proposal, caller, before);
                    calls++;
                    String what = caller + " " + action + " on " + status + " → " + response.status();
                    if (response.status() != expected) {
                        mismatches.add(what + ", expected " + expected + ": " + response.body());
                        continue;
                    }
                    if (succeeds) {
                        String after = get("fp-pe", proposal).getString("status");
                        if (!after.equals(RESULT.getOrDefault(action, status.name()))) {
                            mismatches.add(what + ": status became " + after);
                        }
                        continue;
                    }
                    JsonObject problem = response.problem(expected);
                    if (expected == 409) {
                        assertEquals(status.name(), problem.getString("state"), what + " names the state");
                        assertTrue(problem.containsKey("allowedActions"), what + " names the allowed actions");
                    }
                    JsonObject after = get("fp-pe", proposal);
                    assertEquals(before.getString("status"), after.getString("status"), what + ": status unchanged");
                    assertEquals(
                            before.getJsonNumber("version"),
                            after.getJsonNumber("version"),
                            what + ": version unchanged");
                    assertEquals(revisionsBefore, revisionsOf(proposal), what + ": no revision written");
                }
            }
        }
        assertEquals(List.of(), mismatches);
        assertEquals(ProposalStatus.values().length * ACTIONS.size() * Caller.values().length, calls);
    }

    @Test
    void aRefusedTransitionNamesTheStatusAndTheAllowedActions() {
        long proposal = proposalIn(ProposalStatus.DRAFT);
        act("fp-pe", proposal, "withdraw", "{}");
        JsonObject problem = Api.as("fp-pe")
                .post("api/proposals/" + proposal + "/submit", "{}")
                .problem(409);
        assertEquals("WITHDRAWN", problem.getString("state"), problem.toString());
        assertEquals(List.of("comment"), problem.getJsonArray("allowedActions").getValuesAs(JsonString::getString));
    }

    /**
     * The revisions that touched {@code proposal}: the proposal, its authors, items and comments, and the
     * cells its items name (this class's own). Other classes write revisions meanwhile; none of these.
     */
    private static long revisionsOf(long proposal) throws SQLException {
        return Db.count("""
                select count(distinct rev) from (
                    select rev from proposal_aud where id = ?
                    union all select rev from proposal_author_aud where proposal_id = ?
                    union all select rev from proposal_item_aud where proposal_id = ?
                    union all select rev from proposal_comment_aud where proposal_id = ?
                    union all select a.rev from involvement_aud a
                        join organization o on o.id = a.organization_id
                        join theme t on t.id = a.theme_id
                        join proposal_item i on i.organization_code = o.code and i.theme_number = t.number
                        where i.proposal_id = ?
                ) touched""", proposal, proposal, proposal, proposal, proposal);
    }

    private static Api.Response perform(String action, long proposal, Caller caller, JsonObject current) {
        Api api = caller.username == null ? Api.anonymous() : Api.as(caller.username);
        Api atVersion = api.ifMatch("\"" + current.getJsonNumber("version") + "\"");
        return switch (action) {
            case "edit" ->
                atVersion.patch("api/proposals/" + proposal, "{\"title\":\"edited title\",\"rationale\":\"edited\"}");
            case "add-item" -> atVersion.post("api/proposals/" + proposal + "/items", nextCellItem());
            case "comment" -> api.post("api/proposals/" + proposal + "/comments", "{\"text\":\"a remark\"}");
            default ->
                atVersion.post("api/proposals/" + proposal + "/" + action, "{\"reason\":\"reviewed in the test\"}");
        };
    }

    /** A new proposal of Peru in {@code status}, each with its own cell so approvals never conflict. */
    static long proposalIn(ProposalStatus status) {
        long proposal = create("fp-pe", "to " + status);
        addItem("fp-pe", proposal, nextCellItem());
        if (status == ProposalStatus.PARTIALLY_APPROVED) {
            addItem("fp-pe", proposal, nextCellItem());
        }
        if (status == ProposalStatus.DRAFT) {
            return proposal;
        }
        act("fp-pe", proposal, "submit", "{}");
        switch (status) {
            case CHANGES_REQUESTED -> act("sec-ana", proposal, "request-changes", "{\"reason\":\"add a source\"}");
            case APPROVED -> act("sec-ana", proposal, "approve", "{\"reason\":\"well sourced\"}");
            case PARTIALLY_APPROVED -> {
                long second = get("fp-pe", proposal)
                        .getJsonArray("items")
                        .getJsonObject(1)
                        .getJsonNumber("id")
                        .longValue();
                act(
                        "sec-ana",
                        proposal,
                        "approve",
                        "{\"decisions\":[{\"item\":" + second + ",\"accept\":false,\"reason\":\"no evidence\"}]}");
            }
            case REJECTED -> act("sec-ana", proposal, "reject", "{\"reason\":\"out of scope\"}");
            case WITHDRAWN -> act("fp-pe", proposal, "withdraw", "{}");
            default -> {}
        }
        assertEquals(status.name(), get("fp-pe", proposal).getString("status"));
        return proposal;
    }

    /** An item for the next unused cell, proposing a level other than its current one (else it changes nothing). */
    private static String nextCellItem() {
        int cell = NEXT_CELL.getAndIncrement();
        String organization = MATRIX_COLUMNS[cell % MATRIX_COLUMNS.length];
        int theme = FIRST_THEME + cell / MATRIX_COLUMNS.length;
        String now = Api.as("observer")
                .get("api/matrix/cells/" + organization + "/" + theme)
                .ok()
                .getString("level");
        return cellItem(organization, theme, now.equals("STRONG") ? "INVOLVED" : "STRONG");
    }
}
