package org.scm.mapping.proposal;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of proposal summaries, as the API lists them. */
public record ProposalPage(List<Summary> items, int page, int size, long total) {

    /** A proposal in a list. */
    @Schema(name = "ProposalSummary")
    public record Summary(
            long id,
            String country,
            String title,
            ProposalStatus status,
            String updatedBy,
            Instant updatedAt,
            int items) {}
}
