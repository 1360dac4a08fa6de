package org.scm.mapping.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@link RevisionFacts} from rows of native queries that select {@link #SELECT} (revision
 * {@code r}); history reads the audit tables with SQL because the audited entities live in features
 * above it.
 */
@ApplicationScoped
public class RevisionColumns {

    /** The revision's columns, in the order {@link #facts} reads them. */
    static final String SELECT = "r.id, r.rev_timestamp, r.action, r.actor_username, r.actor_country, "
            + "r.proposal_id, r.proposal_country, r.reason, r.conflict_override";

    static final int COUNT = 9;

    @Inject
    Instance<ProposalAuthors> authors;

    /** A reader for one answer; it asks for each proposal's author once. */
    Reader reader() {
        return new Reader(authors.isResolvable() ? Optional.of(authors.get()) : Optional.empty());
    }

    static final class Reader {

        private final Optional<ProposalAuthors> authors;
        private final Map<Long, Optional<String>> creators = new HashMap<>();

        private Reader(Optional<ProposalAuthors> authors) {
            this.authors = authors;
        }

        /**
         * @param row a result row holding {@link #SELECT} from {@code offset} on
         * @param subject the proposal to name when the revision applied none (audit log), or null
         */
        RevisionFacts facts(Object[] row, int offset, Long subject) {
            Long applied = row[offset + 5] == null ? null : ((Number) row[offset + 5]).longValue();
            Long proposal = applied != null ? applied : subject;
            String actor = (String) row[offset + 3];
            return new RevisionFacts(
                    ((Number) row[offset]).longValue(),
                    Instant.ofEpochMilli(((Number) row[offset + 1]).longValue()),
                    (String) row[offset + 2],
                    actor,
                    (String) row[offset + 4],
                    proposal,
                    (String) row[offset + 6],
                    applied == null ? null : creator(applied),
                    applied == null ? null : actor,
                    (String) row[offset + 7],
                    Boolean.TRUE.equals(row[offset + 8]));
        }

        private String creator(long proposal) {
            return creators.computeIfAbsent(proposal, id -> authors.flatMap(port -> port.creator(id)))
                    .orElse(null);
        }
    }
}
