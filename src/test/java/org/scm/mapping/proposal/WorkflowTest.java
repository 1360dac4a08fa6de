package org.scm.mapping.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scm.mapping.platform.NotPermittedException;
import org.scm.mapping.security.CurrentUser;

/** The workflow's table, checked against DESIGN.md's rules written out independently here. */
class WorkflowTest {

    private static final Participant PERU =
            Participant.of(new CurrentUser("fp-pe", "Focal Point Peru", Set.of("focal-point"), "PE"), "PE");
    private static final Participant CHILE =
            Participant.of(new CurrentUser("fp-cl", "Focal Point Chile", Set.of("focal-point"), "CL"), "PE");
    private static final Participant SECRETARIAT =
            Participant.of(new CurrentUser("sec-ana", "Ana", Set.of("secretariat"), null), "PE");
    private static final Participant OBSERVER =
            Participant.of(new CurrentUser("observer", "Guest", Set.of("observer"), null), "PE");

    /** Status → the actions that status allows at all, as DESIGN.md's workflow states them. */
    private static final Map<ProposalStatus, Set<ProposalAction>> ALLOWED = Map.of(
            ProposalStatus.DRAFT,
                    EnumSet.of(
                            ProposalAction.EDIT,
                            ProposalAction.SUBMIT,
                            ProposalAction.WITHDRAW,
                            ProposalAction.COMMENT),
            ProposalStatus.SUBMITTED,
                    EnumSet.of(
                            ProposalAction.WITHDRAW,
                            ProposalAction.REQUEST_CHANGES,
                            ProposalAction.APPROVE,
                            ProposalAction.REJECT,
                            ProposalAction.COMMENT),
            ProposalStatus.CHANGES_REQUESTED,
                    EnumSet.of(
                            ProposalAction.EDIT,
                            ProposalAction.SUBMIT,
                            ProposalAction.WITHDRAW,
                            ProposalAction.COMMENT),
            ProposalStatus.APPROVED, EnumSet.of(ProposalAction.COMMENT),
            ProposalStatus.PARTIALLY_APPROVED, EnumSet.of(ProposalAction.COMMENT),
            ProposalStatus.REJECTED, EnumSet.of(ProposalAction.COMMENT),
            ProposalStatus.WITHDRAWN, EnumSet.of(ProposalAction.COMMENT));

    private static final Set<ProposalAction> COUNTRY_ACTIONS =
            EnumSet.of(ProposalAction.EDIT, ProposalAction.SUBMIT, ProposalAction.WITHDRAW, ProposalAction.COMMENT);
    private static final Set<ProposalAction> SECRETARIAT_ACTIONS = EnumSet.of(
            ProposalAction.REQUEST_CHANGES, ProposalAction.APPROVE, ProposalAction.REJECT, ProposalAction.COMMENT);

    @Test
    void everyStatusActionAndParticipant() {
        for (ProposalStatus status : ProposalStatus.values()) {
            for (ProposalAction action : ProposalAction.values()) {
                expect(PERU, COUNTRY_ACTIONS, status, action);
                expect(SECRETARIAT, SECRETARIAT_ACTIONS, status, action);
                expect(CHILE, Set.of(), status, action);
                expect(OBSERVER, Set.of(), status, action);
            }
        }
    }

    private static void expect(
            Participant who, Set<ProposalAction> granted, ProposalStatus status, ProposalAction action) {
        String what = who.username() + " " + action + " in " + status;
        if (!granted.contains(action)) {
            assertThrows(NotPermittedException.class, () -> Workflow.check(who, status, action), what);
        } else if (!ALLOWED.get(status).contains(action)) {
            IllegalTransitionException refused =
                    assertThrows(IllegalTransitionException.class, () -> Workflow.check(who, status, action), what);
            assertEquals(status.name(), refused.extensions().get("state"));
            List<?> allowed = (List<?>) refused.extensions().get("allowedActions");
            assertEquals(
                    ALLOWED.get(status).stream()
                            .filter(granted::contains)
                            .map(ProposalAction::pathName)
                            .toList()
                            .stream()
                            .sorted()
                            .toList(),
                    allowed.stream().map(String::valueOf).sorted().toList(),
                    what);
            assertEquals(409, refused.status());
        } else {
            Workflow.check(who, status, action);
        }
    }

    @Test
    void someoneWithBothRolesGetsBothSetsOfActions() {
        Participant both =
                Participant.of(new CurrentUser("fp-sec", "Both", Set.of("focal-point", "secretariat"), "PE"), "PE");
        assertEquals(
                EnumSet.of(
                        ProposalAction.WITHDRAW,
                        ProposalAction.REQUEST_CHANGES,
                        ProposalAction.APPROVE,
                        ProposalAction.REJECT,
                        ProposalAction.COMMENT),
                Workflow.allowed(both, ProposalStatus.SUBMITTED));
    }

    @Test
    void reviewActionsAreTakenAsTheSecretariat() {
        Participant both =
                Participant.of(new CurrentUser("fp-sec", "Both", Set.of("focal-point", "secretariat"), "PE"), "PE");
        assertEquals("secretariat", both.roleIn(ProposalAction.APPROVE));
        assertEquals("focal-point", both.roleIn(ProposalAction.COMMENT));
        assertEquals("secretariat", SECRETARIAT.roleIn(ProposalAction.COMMENT));
        assertTrue(Workflow.isReview(ProposalAction.REJECT));
        assertFalse(Workflow.isReview(ProposalAction.WITHDRAW));
    }
}
