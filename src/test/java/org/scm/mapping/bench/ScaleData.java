package org.scm.mapping.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The benchmark's synthetic mapping, written straight into the database the way the app's audit
 * writes it (Envers' validity strategy: each change a new audit row, the row it replaces ended), so
 * the app reads it as its own history: the 2014 matrix widened to {@code organizations × themes}
 * columns and rows, then {@code revisions} revisions of about {@code changesPerRevision} cell changes
 * each (about a million audit rows with the defaults), and two published editions, one halfway and one
 * at the end. Deterministic: the same seed gives the same data. The revision chain links every
 * revision at commit, as it does for the app's own writes.
 */
final class ScaleData {

    record Shape(int organizations, int themes, int revisions, int changesPerRevision, double seed) {

        /** 100 × 200 and a million audit rows: the scale. */
        static Shape full() {
            return new Shape(100, 200, 2000, 490, 0.2014);
        }

        /** A small one, for checking that the generator still fits the schema. */
        static Shape small() {
            return new Shape(30, 32, 5, 10, 0.2014);
        }
    }

    /** What was written, for naming the benchmark's scenarios. */
    record Written(long firstRevision, long lastRevision, int earlyEdition, int lateEdition, long auditRows) {}

    private ScaleData() {}

    static Written write(Connection db, Shape shape) throws SQLException {
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try (Statement sql = db.createStatement()) {
            sql.execute("select setseed(" + shape.seed() + ")");
            long start = System.currentTimeMillis() - shape.revisions() * 60_000L - 60_000L;
            long widened = revision(db, start, "synthetic: widen the matrix");
            widen(db, shape, widened);
            sql.execute("create temp table synthetic_cell on commit drop as"
                    + " select row_number() over (order by organization_id, theme_id) - 1 as cell, id"
                    + " from involvement");
            long first = widened + 1;
            for (int step = 1; step <= shape.revisions(); step++) {
                revision(db, start + step * 60_000L, "synthetic: change cells");
            }
            long last = widened + shape.revisions();
            sql.execute("create temp table synthetic_change on commit drop as"
                    + " select distinct on (rev, cell) rev, cell, level from ("
                    + " select " + widened + " + s as rev,"
                    + " floor(random() * (select count(*) from synthetic_cell))::bigint as cell,"
                    + " (array['NONE','INVOLVED','STRONG'])[1 + floor(random() * 3)::int] as level"
                    + " from generate_series(1, " + shape.revisions() + ") s,"
                    + " generate_series(1, " + shape.changesPerRevision() + ") k) c order by rev, cell");
            sql.execute("insert into involvement_aud (id, rev, revtype, organization_id, theme_id, level, note)"
                    + " select i.id, c.rev, 1, i.organization_id, i.theme_id, c.level, i.note"
                    + " from synthetic_change c join synthetic_cell s on s.cell = c.cell"
                    + " join involvement i on i.id = s.id");
            // end every row that a later row of the same cell replaces (the validity strategy's revend)
            sql.execute(
                    "update involvement_aud a set revend = n.next, revend_tstmp = to_timestamp(r.rev_timestamp / 1000.0)"
                            + " from (select id, rev, lead(rev) over (partition by id order by rev) as next from involvement_aud) n"
                            + " join revision r on r.id = n.next"
                            + " where a.id = n.id and a.rev = n.rev and n.next is not null and a.revend is null");
            sql.execute("update involvement i set level = a.level, version = i.version + 1"
                    + " from involvement_aud a where a.id = i.id and a.revend is null and a.rev >= " + first);
            int early = 2030;
            int late = 2031;
            edition(db, early, first + shape.revisions() / 2, start + (shape.revisions() + 1) * 60_000L);
            edition(db, late, last, start + (shape.revisions() + 2) * 60_000L);
            long rows;
            try (var count = sql.executeQuery("select (select count(*) from involvement_aud)"
                    + " + (select count(*) from organization_aud) + (select count(*) from theme_aud)")) {
                count.next();
                rows = count.getLong(1);
            }
            db.commit();
            return new Written(first, last, early, late, rows);
        } catch (SQLException | RuntimeException failed) {
            db.rollback();
            throw failed;
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    private static void widen(Connection db, Shape shape, long rev) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("insert into organization (code, name, category, founding_year, matrix_position, matrix_label)"
                    + " select 'SYN-' || n, 'Synthetic organization ' || n, 'NON_UN_GLOBAL', 1950 + n % 70, n, 'SYN ' || n"
                    + " from generate_series((select max(matrix_position) + 1 from organization), "
                    + shape.organizations()
                    + ") n");
            sql.execute("insert into organization_aud (id, rev, revtype, code, name, category, founding_year,"
                    + " matrix_position, matrix_label)"
                    + " select id, " + rev + ", 0, code, name, category, founding_year, matrix_position, matrix_label"
                    + " from organization where code like 'SYN-%'");
            sql.execute("insert into theme (number, title) select n, 'Synthetic theme ' || n"
                    + " from generate_series((select max(number) + 1 from theme), " + shape.themes() + ") n");
            sql.execute("insert into theme_aud (id, rev, revtype, number, title)" + " select id, " + rev
                    + ", 0, number, title from theme where title like 'Synthetic theme %'");
            sql.execute("insert into involvement (organization_id, theme_id, level)"
                    + " select o.id, t.id, (array['NONE','INVOLVED','STRONG'])[1 + floor(random() * 3)::int]"
                    + " from organization o cross join theme t where o.matrix_position is not null"
                    + " and not exists (select 1 from involvement i where i.organization_id = o.id and i.theme_id = t.id)"
                    + " order by o.id, t.id");
            sql.execute("insert into involvement_aud (id, rev, revtype, organization_id, theme_id, level)"
                    + " select id, " + rev + ", 0, organization_id, theme_id, level from involvement i"
                    + " where not exists (select 1 from involvement_aud a where a.id = i.id)");
        }
    }

    private static long revision(Connection db, long timestamp, String action) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into revision (id, rev_timestamp, actor_username,"
                + " action) values (nextval('revision_seq'), ?, 'scale-generator', ?) returning id")) {
            insert.setLong(1, timestamp);
            insert.setString(2, action);
            try (var id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    private static void edition(Connection db, int year, long revision, long timestamp) throws SQLException {
        long rev = revision(db, timestamp, "synthetic: publish edition " + year);
        try (Statement sql = db.createStatement()) {
            sql.execute("insert into edition (year, title, state, published_on, frozen_revision) values (" + year
                    + ", 'Synthetic edition " + year + "', 'PUBLISHED', date '" + year + "-10-01', " + revision + ")");
            sql.execute("insert into edition_aud (id, rev, revtype, year, title, state, published_on, frozen_revision)"
                    + " select id, " + rev + ", 0, year, title, state, published_on, frozen_revision from edition"
                    + " where year = " + year);
        }
    }
}
