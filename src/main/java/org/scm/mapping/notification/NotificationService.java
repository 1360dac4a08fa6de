package org.scm.mapping.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.scm.mapping.history.RecordedAs;
import org.scm.mapping.platform.Paging;
import org.scm.mapping.platform.UnknownEntityException;
import org.scm.mapping.security.CurrentUser;
import org.scm.mapping.security.Roles;

/**
 * The signed-in user's notifications: those whose audience includes them (by role, country or name),
 * except what they did themselves, and which of them they have read.
 */
@ApplicationScoped
public class NotificationService {

    public static final int SIZE_DEFAULT = 20;
    public static final int SIZE_MAX = 100;

    /** The notifications the user is told (SQL over {@code notification n}). */
    private static final String VISIBLE = """
            (n.actor is null or n.actor <> :me) and (
                (n.audience = 'SECRETARIAT' and :secretariat)
             or (n.audience = 'COUNTRY_FOCAL_POINTS' and :focalPoint and n.country = :country)
             or (n.audience = 'ALL_FOCAL_POINTS' and :focalPoint)
             or (n.audience = 'USERS' and exists (select 1 from notification_user u
                                                  where u.notification_id = n.id and u.username = :me)))""";

    private static final String UNREAD =
            " and not exists (select 1 from notification_read r where r.notification_id = n.id and r.username = :me)";

    @PersistenceContext(unitName = "scm")
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Transactional
    public Inbox inbox(CurrentUser user, Paging paging, boolean unreadOnly) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(
                        entityManager.createNativeQuery("select n.id, exists (select 1 from notification_read r"
                                + " where r.notification_id = n.id and r.username = :me) from notification n where "
                                + VISIBLE + (unreadOnly ? UNREAD : "") + " order by n.id desc"),
                        user)
                .setFirstResult(paging.page() * paging.size())
                .setMaxResults(paging.size())
                .getResultList();
        Map<Long, Boolean> read = rows.stream()
                .collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), row -> Boolean.TRUE.equals(row[1])));
        Map<Long, Notification> found = read.isEmpty()
                ? Map.of()
                : entityManager
                        .createQuery("select n from Notification n where n.id in :ids", Notification.class)
                        .setParameter("ids", read.keySet())
                        .getResultStream()
                        .collect(Collectors.toMap(Notification::getId, Function.identity()));
        List<NotificationView> items = rows.stream()
                .map(row -> ((Number) row[0]).longValue())
                .map(id -> NotificationView.of(found.get(id), read.get(id)))
                .toList();
        long total = count(user, VISIBLE + (unreadOnly ? UNREAD : ""));
        long unread = unreadOnly ? total : count(user, VISIBLE + UNREAD);
        return new Inbox(items, paging.page(), paging.size(), total, unread);
    }

    /** How many of the user's notifications are unread (the count in the header). */
    @Transactional
    public long unread(CurrentUser user) {
        return count(user, VISIBLE + UNREAD);
    }

    /** @throws UnknownEntityException when the notification does not exist or is not the user's */
    @Transactional
    @RecordedAs("notification read")
    public NotificationView markRead(CurrentUser user, long id) {
        if (count(user, "n.id = :id and " + VISIBLE, Map.of("id", id)) == 0) {
            throw new UnknownEntityException("notification", id);
        }
        entityManager
                .createNativeQuery("""
                        insert into notification_read (notification_id, username, read_at) values (:id, :me, :now)
                        on conflict do nothing""")
                .setParameter("id", id)
                .setParameter("me", user.username())
                .setParameter("now", clock.instant())
                .executeUpdate();
        return NotificationView.of(entityManager.find(Notification.class, id), true);
    }

    /** Marks every notification of the user read; how many were unread. */
    @Transactional
    @RecordedAs("notifications read")
    public int markAllRead(CurrentUser user) {
        return bind(
                        entityManager.createNativeQuery(
                                "insert into notification_read (notification_id, username, read_at)"
                                        + " select n.id, :me, :now from notification n where " + VISIBLE + UNREAD
                                        + " on conflict do nothing"),
                        user)
                .setParameter("now", clock.instant())
                .executeUpdate();
    }

    private long count(CurrentUser user, String where) {
        return count(user, where, Map.of());
    }

    private long count(CurrentUser user, String where, Map<String, Object> parameters) {
        Query query = bind(entityManager.createNativeQuery("select count(*) from notification n where " + where), user);
        parameters.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static Query bind(Query query, CurrentUser user) {
        Set<String> roles = new HashSet<>(user.roles());
        return query.setParameter("me", user.username())
                .setParameter("secretariat", roles.contains(Roles.SECRETARIAT))
                .setParameter(
                        "focalPoint",
                        roles.contains(Roles.FOCAL_POINT) && user.countryCode().isPresent())
                .setParameter("country", user.countryCode().orElse(""));
    }
}
