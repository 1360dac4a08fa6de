package org.scm.mapping.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scm.mapping.platform.Reading;
import org.scm.mapping.platform.UnknownEntityException;

/**
 * The history of one cell or one organization, read from the audit tables: every audit row of it is
 * one value it had, from the revision that wrote the row. Only mapping data is read, so nothing of
 * any proposal's draft shows here.
 */
@ApplicationScoped
public class HistoryService {

    private static final String CELL = "select " + RevisionColumns.SELECT + ", a.level, a.note"
            + " from involvement_aud a join revision r on r.id = a.rev"
            + " where a.organization_id in (select o.id from organization_aud o where o.code = ?1)"
            + " and a.theme_id in (select t.id from theme_aud t where t.number = ?2)"
            + " order by a.rev";

    private static final String ORGANIZATION = "select " + RevisionColumns.SELECT + ", a.revtype, "
            + ProfileFields.select("a")
            + " from organization_aud a join revision r on r.id = a.rev"
            + " where a.id in (select o.id from organization_aud o where o.code = ?1)"
            + " order by a.rev";

    private static final int DELETED = 2;

    @Inject
    Reading reading;

    @Inject
    RevisionColumns revisions;

    /** @throws UnknownEntityException when the cell never existed */
    public CellHistory cell(String organization, int theme) {
        RevisionColumns.Reader reader = revisions.reader();
        List<CellHistory.Value> values = rows(CELL, organization, theme).stream()
                .map(row ->
                        CellHistory.Value.of(reader.facts(row, 0, null), (String) row[RevisionColumns.COUNT], (String)
                                row[RevisionColumns.COUNT + 1]))
                .toList();
        if (values.isEmpty()) {
            throw new UnknownEntityException("matrix cell", organization + "/" + theme);
        }
        return new CellHistory(organization, theme, values);
    }

    /** @throws UnknownEntityException when the organization never existed */
    public OrganizationHistory organization(String code) {
        RevisionColumns.Reader reader = revisions.reader();
        List<OrganizationHistory.Change> changes = new ArrayList<>();
        Map<String, String> before = Map.of();
        for (Object[] row : rows(ORGANIZATION, code, null)) {
            int type = ((Number) row[RevisionColumns.COUNT]).intValue();
            Map<String, String> after =
                    type == DELETED ? Map.of() : ProfileFields.values(row, RevisionColumns.COUNT + 1);
            changes.add(OrganizationHistory.Change.of(
                    reader.facts(row, 0, null),
                    type == 0 ? "created" : type == DELETED ? "deleted" : "changed",
                    ProfileFields.changes(before, after)));
            before = after;
        }
        if (changes.isEmpty()) {
            throw new UnknownEntityException("organization", code);
        }
        return new OrganizationHistory(code, changes);
    }

    private List<Object[]> rows(String sql, Object first, Object second) {
        return reading.read(entityManager -> query(entityManager, sql, first, second));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> query(EntityManager entityManager, String sql, Object first, Object second) {
        var query = entityManager.createNativeQuery(sql).setParameter(1, first);
        if (second != null) {
            query.setParameter(2, second);
        }
        return query.getResultList();
    }
}
