package org.scm.mapping.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scm.mapping.matrix.Level;
import org.scm.mapping.organization.OrganizationField;
import org.scm.mapping.platform.InvalidInputException;
import org.scm.mapping.platform.NotPermittedException;
import org.scm.mapping.platform.PreconditionRequiredException;
import org.scm.mapping.platform.StaleVersionException;
import org.scm.mapping.security.CurrentUser;

/** The proposal's own rules: what submitting, deciding and approving require, and where they lead. */
class ProposalTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final CurrentUser FP_PE = new CurrentUser("fp-pe", "Peru", Set.of("focal-point"), "PE");
    private static final CurrentUser FP_PE_2 = new CurrentUser("fp-pe-2", "Peru too", Set.of("focal-point"), "PE");
    private static final CurrentUser SEC_ANA = new CurrentUser("sec-ana", "Ana", Set.of("secretariat"), null);
    private static final Evidence EVIDENCE = new Evidence("why", List.of(new Source("report", null)));

    private Proposal proposal;
    private final List<ProposalItem> applied = new ArrayList<>();

    @BeforeEach
    void aDraftOfPeru() {
        proposal = new Proposal("PE", "Remittances", null, "fp-pe", NOW);
        setId(Proposal.class, proposal, 12L);
    }

    @Test
    void aProposalNeedsAnItemToBeSubmitted() {
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> proposal.submit(as(FP_PE), null, NOW));
        assertEquals("items", refused.fields().get(0).field());
        assertEquals(ProposalStatus.DRAFT, proposal.getStatus());
        addItems(1);
        ProposalTransition submitted = proposal.submit(as(FP_PE), null, NOW);
        assertEquals(ProposalStatus.SUBMITTED, proposal.getStatus());
        assertEquals(ProposalStatus.DRAFT, submitted.getFromStatus());
        assertEquals("focal-point", submitted.getActorRole());
        assertTrue(proposal.wasEverSubmitted());
    }

    @Test
    void anImportedCellChangeWithoutASourceCannotBeSubmitted() {
        Proposal imported = new Proposal("PE", "From a spreadsheet", null, "fp-pe", NOW);
        imported.addRestoringItem(
                new CellLevelChange("IMO", 6, Level.INVOLVED, null),
                new Evidence("Proposed in an uploaded matrix.", List.of()),
                new Base("NONE", null, 1));
        imported.addRestoringItem(
                new CellLevelChange("IMO", 7, Level.STRONG, null), EVIDENCE, new Base("INVOLVED", null, 1));
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> imported.submit(as(FP_PE), null, NOW));
        assertEquals(
                List.of("items[0].sources"),
                refused.fields().stream().map(field -> field.field()).toList());
        assertEquals(ProposalStatus.DRAFT, imported.getStatus());
    }

    @Test
    void transitionsLeadWhereTheDesignSays() {
        addItems(1);
        proposal.submit(as(FP_PE), null, NOW);
        assertThrows(
                InvalidInputException.class,
                () -> proposal.requestChanges(as(SEC_ANA), null, " ", NOW),
                "sending back needs a reason");
        assertEquals(
                ProposalStatus.CHANGES_REQUESTED,
                proposal.requestChanges(as(SEC_ANA), null, "cite the source", NOW)
                        .getToStatus());
        proposal.submit(as(FP_PE), null, NOW);
        assertEquals(
                ProposalStatus.REJECTED,
                proposal.reject(as(SEC_ANA), null, "out of scope", NOW).getToStatus());
        assertThrows(IllegalTransitionException.class, () -> proposal.withdraw(as(FP_PE), null, NOW));
    }

    @Test
    void aStaleVersionIsRefusedOnlyWhenNamed() {
        addItems(1);
        assertThrows(StaleVersionException.class, () -> proposal.submit(as(FP_PE), 41L, NOW));
        proposal.submit(as(FP_PE), 0L, NOW);
        assertThrows(
                PreconditionRequiredException.class,
                () -> approve(SEC_ANA, null, List.of()),
                "approval always needs the version seen");
    }

    @Test
    void nobodyApprovesWhatTheyWrote() {
        addItems(1);
        proposal.submit(as(FP_PE), null, NOW);
        CurrentUser both = new CurrentUser("fp-pe", "Peru", Set.of("focal-point", "secretariat"), "PE");
        assertThrows(NotPermittedException.class, () -> approve(both, 0L, List.of()));
        assertTrue(applied.isEmpty());
    }

    @Test
    void everyItemAcceptedIsApproved() {
        addItems(2);
        proposal.submit(as(FP_PE), null, NOW);
        ProposalTransition approved = approve(SEC_ANA, 0L, List.of());
        assertEquals(ProposalStatus.APPROVED, approved.getToStatus());
        assertEquals(2, applied.size());
        assertTrue(proposal.getItems().stream().allMatch(item -> item.getDecision() == ItemDecision.ACCEPTED));
    }

    @Test
    void someItemsRejectedIsPartiallyApproved() {
        addItems(2);
        proposal.submit(as(FP_PE), null, NOW);
        ProposalTransition approved =
                approve(SEC_ANA, 0L, List.of(new ApprovalInput.Decision(2L, false, " not supported ")));
        assertEquals(ProposalStatus.PARTIALLY_APPROVED, approved.getToStatus());
        assertEquals(1, applied.size());
        ProposalItem rejected = proposal.item(2).orElseThrow();
        assertEquals(ItemDecision.REJECTED, rejected.getDecision());
        assertEquals("not supported", rejected.getDecisionReason().orElseThrow());
    }

    @Test
    void decisionsMustNameItemsOnceAndRejectionsNeedReasons() {
        addItems(2);
        proposal.submit(as(FP_PE), null, NOW);
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> approve(
                        SEC_ANA,
                        0L,
                        List.of(
                                new ApprovalInput.Decision(9L, true, null),
                                new ApprovalInput.Decision(1L, false, null),
                                new ApprovalInput.Decision(1L, true, null))));
        assertEquals(
                List.of("decisions[0].item", "decisions[1].reason", "decisions[2].item"),
                refused.fields().stream().map(field -> field.field()).toList());
        InvalidInputException allRejected = assertThrows(
                InvalidInputException.class,
                () -> approve(
                        SEC_ANA,
                        0L,
                        List.of(
                                new ApprovalInput.Decision(1L, false, "no"),
                                new ApprovalInput.Decision(2L, false, "no"))));
        assertEquals("decisions", allRejected.fields().get(0).field());
        assertTrue(applied.isEmpty(), "nothing applied when the decisions are refused");
        assertEquals(ProposalStatus.SUBMITTED, proposal.getStatus());
    }

    @Test
    void editsAreRecordedWithTheirAuthors() {
        proposal.describe(as(FP_PE_2), "Remittances, revised", "because", NOW);
        assertEquals(Set.of("fp-pe", "fp-pe-2"), proposal.getAuthors());
        assertThrows(NotPermittedException.class, () -> proposal.describe(as(SEC_ANA), "mine", null, NOW));
    }

    private ProposalTransition approve(CurrentUser reviewer, Long version, List<ApprovalInput.Decision> decisions) {
        return proposal.approve(as(reviewer), version, decisions, null, applied::addAll, NOW);
    }

    private Participant as(CurrentUser user) {
        return Participant.of(user, proposal.getCountry());
    }

    /** Items with ids 1..n, as the database would number them. */
    private void addItems(int count) {
        for (int i = 1; i <= count; i++) {
            ProposalItem item = proposal.addItem(
                    as(FP_PE),
                    i % 2 == 1
                            ? new CellLevelChange("UNHCR", i, Level.STRONG, null)
                            : new ProfileFieldChange("UNHCR", OrganizationField.NOTES, "note " + i),
                    EVIDENCE,
                    new Base(null, null, 1),
                    NOW);
            setId(ProposalItem.class, item, (long) i);
        }
    }

    private static <T> void setId(Class<T> type, T entity, long id) {
        try {
            Field field = type.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
