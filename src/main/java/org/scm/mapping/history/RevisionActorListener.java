package org.scm.mapping.history;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Optional;
import org.hibernate.envers.RevisionListener;
import org.scm.mapping.security.CurrentUser;
import org.scm.mapping.security.SignedInUser;

/**
 * Fills each new {@link Revision} from the signed-in user and the request's {@link PendingRevision}.
 * Envers creates listeners itself, without CDI injection, so the request's beans are looked up.
 * Changes made outside a request (start-up tasks) are recorded as the system's.
 */
public class RevisionActorListener implements RevisionListener {

    static final String SYSTEM_ACTOR = "system";
    static final String SYSTEM_ACTION = "system task";

    @Override
    public void newRevision(Object revisionEntity) {
        Revision revision = (Revision) revisionEntity;
        boolean inRequest = inRequest();
        Optional<CurrentUser> user =
                inRequest ? CDI.current().select(SignedInUser.class).get().get() : Optional.empty();
        Optional<PendingRevision> pending = inRequest
                ? Optional.of(CDI.current().select(PendingRevision.class).get())
                : Optional.empty();
        revision.describe(
                user.map(CurrentUser::username).orElse(SYSTEM_ACTOR),
                user.flatMap(CurrentUser::countryCode).orElse(null),
                pending.map(PendingRevision::action).orElse(SYSTEM_ACTION),
                pending.map(PendingRevision::reason).orElse(null));
        pending.flatMap(PendingRevision::appliedProposal)
                .ifPresent(applied -> revision.applies(applied.id(), applied.country(), applied.conflictOverride()));
    }

    private static boolean inRequest() {
        try {
            return CDI.current()
                    .getBeanManager()
                    .getContext(RequestScoped.class)
                    .isActive();
        } catch (ContextNotActiveException outsideRequest) {
            return false;
        }
    }
}
