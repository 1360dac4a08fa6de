package org.scm.mapping.proposal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProposalCommentTest {

    private static final Instant WRITTEN = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void itsAuthorMayCorrectItForFifteenMinutes() {
        ProposalComment comment = new ProposalComment(1, "fp-pe", "focal-point", "PE", "first", WRITTEN);
        assertTrue(comment.isEditableBy(
                "fp-pe", WRITTEN.plus(Duration.ofMinutes(14)).plusSeconds(59)));
        assertFalse(comment.isEditableBy("fp-pe", WRITTEN.plus(Duration.ofMinutes(15))));
    }

    @Test
    void nobodyElseMay() {
        ProposalComment comment = new ProposalComment(1, "fp-pe", "focal-point", "PE", "first", WRITTEN);
        assertFalse(comment.isEditableBy("fp-cl", WRITTEN.plusSeconds(1)));
        assertFalse(comment.isEditableBy("sec-ana", WRITTEN.plusSeconds(1)));
    }
}
