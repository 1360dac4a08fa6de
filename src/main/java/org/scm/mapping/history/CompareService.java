package org.scm.mapping.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.scm.mapping.platform.Reading;

/**
 * Compares two states of the mapping. Each state is read straight from the audit tables with the
 * validity strategy's columns (a row is valid at revision R when {@code rev <= R} and it has not ended
 * by R), the current state from the rows that have not ended.
 */
@ApplicationScoped
public class CompareService {

    @Inject
    Reading reading;

    @Inject
    PointsInTime points;

    /** The two states a comparison is asked between: as the caller wrote them, and resolved. */
    public record Sides(String from, PointInTime before, String to, PointInTime after) {}

    /** @param from what the caller asked for the earlier side; @param to the later one */
    public Sides sides(String from, String to) {
        ComparisonSide fromSide = ComparisonSide.parse(from, "from");
        ComparisonSide toSide = ComparisonSide.parse(to, "to");
        return new Sides(from.trim(), fromSide.resolve(points), to.trim(), toSide.resolve(points));
    }

    public Comparison compare(Sides sides) {
        return reading.read(
                entityManager -> compare(entityManager, sides.from(), sides.before(), sides.to(), sides.after()));
    }

    /** @param from what the caller asked for the earlier side; @param to the later one */
    public Comparison compare(String from, String to) {
        return compare(sides(from, to));
    }

    private static Comparison compare(
            EntityManager entityManager, String fromText, PointInTime before, String toText, PointInTime after) {
        State earlier = State.read(entityManager, before.revision());
        State later = State.read(entityManager, after.revision());
        long fromRevision = before.revision() != null ? before.revision() : lastRevision(entityManager);
        long toRevision = after.revision() != null ? after.revision() : lastRevision(entityManager);
        Map<String, Set<Long>> proposals =
                proposalsBetween(entityManager, Math.min(fromRevision, toRevision), Math.max(fromRevision, toRevision));
        List<CellChange> cells = cellChanges(earlier.cells, later.cells, proposals);
        return new Comparison(
                new Comparison.Side(fromText, before.edition(), before.revision(), before.recordedAt()),
                new Comparison.Side(toText, after.edition(), after.revision(), after.recordedAt()),
                cells,
                new Comparison.Organizations(
                        missing(later.organizations.keySet(), earlier.organizations.keySet()),
                        missing(earlier.organizations.keySet(), later.organizations.keySet()),
                        profileChanges(earlier.organizations, later.organizations)),
                new Comparison.Themes(
                        themesMissing(later.themes, earlier.themes), themesMissing(earlier.themes, later.themes)),
                new Comparison.Counts(
                        countBy(cells, CellChange::organization),
                        countBy(cells, cell -> String.valueOf(cell.theme())),
                        ChangeCounts.of(cells)));
    }

    static List<CellChange> cellChanges(
            Map<String, String> before, Map<String, String> after, Map<String, Set<Long>> proposals) {
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<CellChange> changes = new ArrayList<>();
        for (String key : keys) {
            String from = before.getOrDefault(key, CellChange.NONE);
            String to = after.getOrDefault(key, CellChange.NONE);
            CellChange.classify(from, to).ifPresent(kind -> {
                String[] cell = key.split("\t");
                changes.add(new CellChange(
                        cell[0],
                        Integer.parseInt(cell[1]),
                        from,
                        to,
                        kind,
                        List.copyOf(new TreeSet<>(proposals.getOrDefault(key, Set.of())))));
            });
        }
        changes.sort(Comparator.comparing(CellChange::organization).thenComparingInt(CellChange::theme));
        return changes;
    }

    static String cellKey(String organization, int theme) {
        return organization + "\t" + theme;
    }

    private static <K extends Comparable<K>> Map<K, ChangeCounts> countBy(
            List<CellChange> cells, java.util.function.Function<CellChange, K> key) {
        return cells.stream()
                .collect(Collectors.groupingBy(
                        key, TreeMap::new, Collectors.collectingAndThen(Collectors.toList(), ChangeCounts::of)));
    }

    private static List<String> missing(Set<String> present, Set<String> absentFrom) {
        return present.stream()
                .filter(code -> !absentFrom.contains(code))
                .sorted()
                .toList();
    }

    private static List<Comparison.Theme> themesMissing(Map<Integer, String> present, Map<Integer, String> absentFrom) {
        return present.entrySet().stream()
                .filter(theme -> !absentFrom.containsKey(theme.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .map(theme -> new Comparison.Theme(theme.getKey(), theme.getValue()))
                .toList();
    }

    private static List<Comparison.Profile> profileChanges(
            Map<String, Map<String, String>> before, Map<String, Map<String, String>> after) {
        return before.keySet().stream()
                .filter(after::containsKey)
                .sorted()
                .map(code -> new Comparison.Profile(code, ProfileFields.changes(before.get(code), after.get(code))))
                .filter(profile -> !profile.fields().isEmpty())
                .toList();
    }

    private static long lastRevision(EntityManager entityManager) {
        Object last =
                entityManager.createNativeQuery("select max(id) from revision").getSingleResult();
        return last == null ? 0 : ((Number) last).longValue();
    }

    /** The proposals applied by revisions after {@code low} up to {@code high}, by the cells they changed. */
    @SuppressWarnings("unchecked")
    private static Map<String, Set<Long>> proposalsBetween(EntityManager entityManager, long low, long high) {
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                        select distinct o.code, t.number, r.proposal_id
                        from involvement_aud i join revision r on r.id = i.rev
                        join organization_aud o on o.id = i.organization_id and o.revtype = 0
                        join theme_aud t on t.id = i.theme_id and t.revtype = 0
                        where i.rev > ?1 and i.rev <= ?2 and r.proposal_id is not null""")
                .setParameter(1, low)
                .setParameter(2, high)
                .getResultList();
        Map<String, Set<Long>> proposals = new LinkedHashMap<>();
        for (Object[] row : rows) {
            proposals
                    .computeIfAbsent(cellKey((String) row[0], ((Number) row[1]).intValue()), key -> new HashSet<>())
                    .add(((Number) row[2]).longValue());
        }
        return proposals;
    }

    /** One state of the mapping as compared: profiles by code, theme titles by number, cell levels by cell. */
    private record State(
            Map<String, Map<String, String>> organizations, Map<Integer, String> themes, Map<String, String> cells) {

        /** @param revision the revision, or null for the current state */
        @SuppressWarnings("unchecked")
        static State read(EntityManager entityManager, Long revision) {
            Map<String, Map<String, String>> organizations = new LinkedHashMap<>();
            for (Object[] row : (List<Object[]>) bind(
                            entityManager.createNativeQuery("select a.code, " + ProfileFields.select("a")
                                    + " from organization_aud a where " + valid("a", revision)),
                            revision)
                    .getResultList()) {
                organizations.put((String) row[0], ProfileFields.values(row, 1));
            }
            Map<Integer, String> themes = new LinkedHashMap<>();
            for (Object[] row : (List<Object[]>) bind(
                            entityManager.createNativeQuery(
                                    "select a.number, a.title from theme_aud a where " + valid("a", revision)),
                            revision)
                    .getResultList()) {
                themes.put(((Number) row[0]).intValue(), (String) row[1]);
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (Object[] row : (List<Object[]>) bind(
                            entityManager.createNativeQuery("select o.code, t.number, i.level from involvement_aud i"
                                    + " join organization_aud o on o.id = i.organization_id and " + valid("o", revision)
                                    + " join theme_aud t on t.id = i.theme_id and " + valid("t", revision)
                                    + " where " + valid("i", revision)),
                            revision)
                    .getResultList()) {
                cells.put(cellKey((String) row[0], ((Number) row[1]).intValue()), (String) row[2]);
            }
            return new State(organizations, themes, cells);
        }

        private static String valid(String alias, Long revision) {
            String notDeleted = alias + ".revtype <> 2";
            if (revision == null) {
                return alias + ".revend is null and " + notDeleted;
            }
            return alias + ".rev <= ?1 and (" + alias + ".revend is null or " + alias + ".revend > ?1) and "
                    + notDeleted;
        }

        private static Query bind(Query query, Long revision) {
            return revision == null ? query : query.setParameter(1, revision);
        }
    }
}
