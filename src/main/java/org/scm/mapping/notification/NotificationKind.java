package org.scm.mapping.notification;

import java.util.Optional;
import org.scm.mapping.edition.EditionState;
import org.scm.mapping.proposal.ProposalStatus;

/** What a notification tells, and who is told it. */
public enum NotificationKind {
    PROPOSAL_SUBMITTED(Audience.SECRETARIAT),
    CHANGES_REQUESTED(Audience.COUNTRY_FOCAL_POINTS),
    PROPOSAL_APPROVED(Audience.COUNTRY_FOCAL_POINTS),
    PROPOSAL_PARTIALLY_APPROVED(Audience.COUNTRY_FOCAL_POINTS),
    PROPOSAL_REJECTED(Audience.COUNTRY_FOCAL_POINTS),
    COMMENT_ADDED(Audience.USERS),
    EDITION_OPENED(Audience.ALL_FOCAL_POINTS),
    EDITION_PUBLISHED(Audience.ALL_FOCAL_POINTS);

    private final Audience audience;

    NotificationKind(Audience audience) {
        this.audience = audience;
    }

    public Audience audience() {
        return audience;
    }

    /** The notification a proposal's new status calls for; none for a draft or a withdrawal. */
    static Optional<NotificationKind> of(ProposalStatus status) {
        return Optional.ofNullable(
                switch (status) {
                    case SUBMITTED -> PROPOSAL_SUBMITTED;
                    case CHANGES_REQUESTED -> CHANGES_REQUESTED;
                    case APPROVED -> PROPOSAL_APPROVED;
                    case PARTIALLY_APPROVED -> PROPOSAL_PARTIALLY_APPROVED;
                    case REJECTED -> PROPOSAL_REJECTED;
                    case DRAFT, WITHDRAWN -> null;
                });
    }

    /** The notification an edition's new state calls for; none when it is frozen (only reviewers act then). */
    static Optional<NotificationKind> of(EditionState state) {
        return Optional.ofNullable(
                switch (state) {
                    case OPEN -> EDITION_OPENED;
                    case PUBLISHED -> EDITION_PUBLISHED;
                    case FROZEN -> null;
                });
    }

    boolean aboutEdition() {
        return this == EDITION_OPENED || this == EDITION_PUBLISHED;
    }
}
