package org.scm.mapping.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scm.mapping.platform.InvalidInputException;
import org.scm.mapping.platform.Problem.FieldProblem;
import org.scm.mapping.platform.Reading;
import org.scm.mapping.security.CurrentUser;
import org.scm.mapping.security.Roles;

/**
 * The revisions, newest first, as far as the caller may see them: changes of the mapping are seen by
 * everyone; the revisions that record a proposal's drafting and review only by the proposal's own
 * country, and by the secretariat once the proposal was submitted — so nobody reads another country's
 * draft here. Revisions that belong to no proposal and change no mapping data are the secretariat's.
 */
@ApplicationScoped
public class AuditLog {

    public static final int PAGE_MAX = 10_000;
    public static final int SIZE_MAX = 200;
    public static final int EXPORT_MAX = 100_000;

    private static final String FROM = " from revision r join revision_scope s on s.revision = r.id";

    @Inject
    Reading reading;

    @Inject
    RevisionColumns revisions;

    /** A page of the log. */
    @Schema(name = "AuditPage")
    public record Page(List<AuditEntry> items, int page, int size, long total) {}

    /** @throws InvalidInputException when page or size is out of bounds */
    public Page page(CurrentUser user, AuditFilter filter, int page, int size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0 || page > PAGE_MAX) {
            problems.add(new FieldProblem("page", "between 0 and " + PAGE_MAX));
        }
        if (size < 1 || size > SIZE_MAX) {
            problems.add(new FieldProblem("size", "between 1 and " + SIZE_MAX));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Conditions where = conditions(user, filter);
        return reading.read(entityManager -> {
            long total = ((Number) where.bind(entityManager.createNativeQuery("select count(*)" + FROM + where.sql()))
                            .getSingleResult())
                    .longValue();
            return new Page(entries(entityManager, where, page * size, size), page, size, total);
        });
    }

    /** The whole filtered log (at most {@link #EXPORT_MAX} entries), for the CSV export. */
    public List<AuditEntry> export(CurrentUser user, AuditFilter filter) {
        Conditions where = conditions(user, filter);
        return reading.read(entityManager -> entries(entityManager, where, 0, EXPORT_MAX));
    }

    @SuppressWarnings("unchecked")
    private List<AuditEntry> entries(EntityManager entityManager, Conditions where, int offset, int limit) {
        Query query = where.bind(entityManager.createNativeQuery("select " + RevisionColumns.SELECT
                + ", s.mapping, s.proposal" + FROM + where.sql() + " order by r.id desc"));
        List<Object[]> rows = query.setFirstResult(offset).setMaxResults(limit).getResultList();
        RevisionColumns.Reader reader = revisions.reader();
        return rows.stream()
                .map(row -> AuditEntry.of(
                        reader.facts(
                                row,
                                0,
                                row[RevisionColumns.COUNT + 1] == null
                                        ? null
                                        : ((Number) row[RevisionColumns.COUNT + 1]).longValue()),
                        Boolean.TRUE.equals(row[RevisionColumns.COUNT])))
                .toList();
    }

    static Conditions conditions(CurrentUser user, AuditFilter filter) {
        Conditions where = new Conditions();
        where.add(visibleTo(user, where));
        if (filter.actor() != null) {
            where.add("r.actor_username = " + where.parameter(filter.actor()));
        }
        if (filter.country() != null) {
            String country = where.parameter(filter.country());
            where.add("(r.actor_country = " + country + " or r.proposal_country = " + country
                    + " or s.proposal_country = " + country + ")");
        }
        if (filter.organization() != null) {
            String ids = "(select o.id from organization_aud o where o.code = " + where.parameter(filter.organization())
                    + ")";
            where.add("(exists (select 1 from organization_aud a where a.rev = r.id and a.id in " + ids + ")"
                    + " or exists (select 1 from involvement_aud a where a.rev = r.id and a.organization_id in " + ids
                    + "))");
        }
        if (filter.theme() != null) {
            String ids = "(select t.id from theme_aud t where t.number = " + where.parameter(filter.theme()) + ")";
            where.add("(exists (select 1 from theme_aud a where a.rev = r.id and a.id in " + ids + ")"
                    + " or exists (select 1 from involvement_aud a where a.rev = r.id and a.theme_id in " + ids + "))");
        }
        if (filter.action() != null) {
            where.add("r.action = " + where.parameter(filter.action()));
        }
        if (filter.proposal() != null) {
            where.add("s.proposal = " + where.parameter(filter.proposal()));
        }
        if (filter.from() != null) {
            where.add("r.rev_timestamp >= " + where.parameter(filter.from().firstMillis()));
        }
        if (filter.to() != null) {
            where.add("r.rev_timestamp <= " + where.parameter(filter.to().lastMillis()));
        }
        return where;
    }

    private static String visibleTo(CurrentUser user, Conditions where) {
        List<String> visible = new ArrayList<>(List.of("s.mapping"));
        if (user.hasRole(Roles.SECRETARIAT)) {
            visible.add("s.proposal is null or s.proposal_submitted");
        }
        if (user.hasRole(Roles.FOCAL_POINT) && user.country() != null) {
            visible.add("s.proposal_country = " + where.parameter(user.country()));
        }
        return "(" + String.join(" or ", visible) + ")";
    }

    /** A where clause with positional parameters. */
    static final class Conditions {

        private final List<String> clauses = new ArrayList<>();
        private final List<Object> values = new ArrayList<>();

        String parameter(Object value) {
            values.add(value);
            return "?" + values.size();
        }

        void add(String clause) {
            clauses.add(clause);
        }

        String sql() {
            return " where " + String.join(" and ", clauses);
        }

        Query bind(Query query) {
            for (int i = 0; i < values.size(); i++) {
                query.setParameter(i + 1, values.get(i));
            }
            return query;
        }
    }
}
