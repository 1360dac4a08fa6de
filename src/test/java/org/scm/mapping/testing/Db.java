package org.scm.mapping.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.scm.mapping.stack.StackSession;

/** Reads of the test database, for what the API does not show (revisions, audit rows, raw levels). */
public final class Db {

    private Db() {}

    public static Connection connect() throws SQLException {
        return StackSession.current().database().connect();
    }

    /** The single number {@code sql} selects, with {@code parameters} bound in order. */
    public static long count(String sql, Object... parameters) throws SQLException {
        try (Connection db = connect();
                PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), sql);
                return row.getLong(1);
            }
        }
    }

    public static long revisions() throws SQLException {
        return count("select count(*) from revision");
    }

    /** The current level of a cell, as stored. */
    public static String level(String organization, int theme) throws SQLException {
        try (Connection db = connect();
                PreparedStatement query = db.prepareStatement("""
                select i.level from involvement i join organization o on o.id = i.organization_id
                join theme t on t.id = i.theme_id where o.code = ? and t.number = ?""")) {
            query.setString(1, organization);
            query.setInt(2, theme);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "no cell " + organization + "/" + theme);
                return row.getString(1);
            }
        }
    }
}
