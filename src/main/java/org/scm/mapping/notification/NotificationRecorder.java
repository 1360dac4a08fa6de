package org.scm.mapping.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Set;
import org.scm.mapping.edition.EditionEvent;
import org.scm.mapping.proposal.CommentAdded;
import org.scm.mapping.proposal.ProposalEvent;

/**
 * Writes a notification for each event that calls for one, in the event's own transaction (the outbox):
 * if the workflow step rolls back, so does its notification; if it commits, the notification is there for
 * the in-app list at once and for the mail sender after commit. It never talks to the mail server or the
 * user directory, so neither can hold up or undo a step.
 */
@ApplicationScoped
public class NotificationRecorder {

    @PersistenceContext(unitName = "scm")
    EntityManager entityManager;

    @Transactional(TxType.MANDATORY)
    void proposalMoved(@Observes ProposalEvent event) {
        NotificationKind.of(event.status())
                .ifPresent(kind -> entityManager.persist(Notification.aboutProposal(
                        kind,
                        event.proposal(),
                        event.country(),
                        event.title(),
                        event.actor(),
                        event.reason(),
                        Set.of(),
                        event.at())));
    }

    @Transactional(TxType.MANDATORY)
    void commented(@Observes CommentAdded event) {
        Notification notification = Notification.aboutProposal(
                NotificationKind.COMMENT_ADDED,
                event.proposal(),
                event.country(),
                event.title(),
                event.author(),
                event.text(),
                event.participants(),
                event.at());
        if (!notification.getUsers().isEmpty()) {
            entityManager.persist(notification);
        }
    }

    @Transactional(TxType.MANDATORY)
    void editionStepped(@Observes EditionEvent event) {
        NotificationKind.of(event.state())
                .ifPresent(kind -> entityManager.persist(
                        Notification.aboutEdition(kind, event.year(), event.title(), event.at())));
    }
}
