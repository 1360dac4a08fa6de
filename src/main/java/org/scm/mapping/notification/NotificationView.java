package org.scm.mapping.notification;

import java.time.Instant;

/**
 * One notification as the signed-in user sees it; the UI words it in the user's language from
 * {@code kind} and the facts.
 *
 * @param link the page it is about, as a path of the app
 */
public record NotificationView(
        long id,
        NotificationKind kind,
        Instant createdAt,
        String actor,
        Long proposal,
        Integer edition,
        String country,
        String title,
        String detail,
        String link,
        boolean read) {

    static NotificationView of(Notification notification, boolean read) {
        return new NotificationView(
                notification.getId(),
                notification.getKind(),
                notification.getCreatedAt(),
                notification.getActor().orElse(null),
                notification.getProposalId().orElse(null),
                notification.getEditionYear().orElse(null),
                notification.getCountry().orElse(null),
                notification.getTitle(),
                notification.getDetail().orElse(null),
                notification.link(),
                read);
    }
}
