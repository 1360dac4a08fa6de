package org.scm.mapping.history;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Names the state a read shows, for keeping its answer (platform.Snapshots). A past revision names
 * itself: it never changes. The current state is named by the head of the revision chain — the
 * position of the last link, which every committing write appends in commit order (V6) — read at the
 * start of the read, so a read that starts after a commit on any instance names a newer state than the
 * one before it, and nothing kept for the older one is served to it.
 */
@ApplicationScoped
public class MappingStates {

    private static final String HEAD = "select coalesce(max(position), 0) from revision_link";

    @Resource(lookup = "jdbc/scm")
    DataSource database;

    /** The key of a state: {@code 2014@r57}, {@code @r57}, {@code @h812} (the current state, by the head position), {@code 2026@h812} (an open edition). */
    public String key(PointInTime at) {
        String state = at.pastRevision().map(number -> "r" + number).orElseGet(() -> "h" + head());
        return (at.edition() == null ? "" : at.edition()) + "@" + state;
    }

    /** The position of the last link of the revision chain: moves with every committed write. */
    public long head() {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet head = statement.executeQuery(HEAD)) {
            head.next();
            return head.getLong(1);
        } catch (SQLException unreadable) {
            throw new IllegalStateException("cannot read the head of the revision chain", unreadable);
        }
    }
}
