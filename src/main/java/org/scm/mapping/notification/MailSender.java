package org.scm.mapping.notification;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scm.mapping.edition.EditionEvent;
import org.scm.mapping.proposal.CommentAdded;
import org.scm.mapping.proposal.ProposalEvent;

/**
 * Delivers the outbox: every {@code scm.mail.poll-seconds}, and at once after an event's transaction
 * commits, it prepares the due notifications' mails and sends the due mails ({@link MailOutbox}), each
 * step in a transaction of its own on a managed thread, never on a request's.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    MailOutbox outbox;

    @Inject
    @ConfigProperty(name = "scm.mail.poll-seconds", defaultValue = "5")
    long pollSeconds;

    /** One delivery round at a time in this server (other servers are kept apart by the row locks). */
    private final AtomicBoolean delivering = new AtomicBoolean();

    private ScheduledFuture<?> rounds;

    /** Set when the application stops: a round then ends instead of reading a configuration that is gone. */
    private volatile boolean stopping;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        long every = Math.max(pollSeconds, 1);
        rounds = executor.scheduleWithFixedDelay(this::deliver, every, every, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        stopping = true;
        if (rounds != null) {
            rounds.cancel(false);
        }
    }

    void afterProposal(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProposalEvent event) {
        soon();
    }

    void afterComment(@Observes(during = TransactionPhase.AFTER_SUCCESS) CommentAdded event) {
        soon();
    }

    void afterEdition(@Observes(during = TransactionPhase.AFTER_SUCCESS) EditionEvent event) {
        soon();
    }

    private void soon() {
        if (!stopping) {
            executor.execute(this::deliver);
        }
    }

    void deliver() {
        if (stopping || !delivering.compareAndSet(false, true)) {
            return;
        }
        try {
            while (!stopping && outbox.prepareNext()) {
                // one notification per transaction
            }
            while (!stopping && outbox.sendNext()) {
                // one mail per transaction, until none is due or the mail server fails
            }
        } catch (RuntimeException e) {
            // e.g. the database is not migrated yet at start-up; the next round tries again
            LOG.log(Level.WARNING, "Notification delivery stopped for this round: " + e, e);
        } finally {
            delivering.set(false);
        }
    }
}
