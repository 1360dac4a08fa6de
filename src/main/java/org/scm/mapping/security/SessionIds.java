package org.scm.mapping.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.keycloak.adapters.spi.SessionIdMapper;

/**
 * The Keycloak filter's map from Keycloak sessions to signed-in HTTP session ids, kept in PostgreSQL
 * (table {@code signed_in_session}) so that every instance of a cluster answers alike: the filter drops
 * a signed-in session whose id it does not know (an in-memory map would make every other instance drop
 * it). Shared with {@link SignInSessionFilter} (a session id changes at sign-in) and
 * {@link SignedInSessionEnd} (a session that ends leaves the table). Named by the
 * {@code keycloak.config.idMapper} init parameter in web.xml; the filter takes the one instance through
 * {@link #getInstance()}.
 */
public final class SessionIds implements SessionIdMapper {

    private static final String DATA_SOURCE = "jdbc/sessions";
    private static final SessionIds INSTANCE = new SessionIds();

    private volatile DataSource dataSource;

    private SessionIds() {}

    public static SessionIds getInstance() {
        return INSTANCE;
    }

    @Override
    public boolean hasSession(String id) {
        return !query("select 1 from signed_in_session where http_session_id = ?", id)
                .isEmpty();
    }

    @Override
    public Set<String> getUserSessions(String principal) {
        return query("select http_session_id from signed_in_session where username = ?", principal);
    }

    @Override
    public String getSessionFromSSO(String keycloakSession) {
        return query("select http_session_id from signed_in_session where keycloak_session_id = ?", keycloakSession)
                .stream()
                .findFirst()
                .orElse(null);
    }

    /**
     * Records a signed-in session; also forgets sessions that ended without telling (their instance died
     * before the end was recorded): rows older than an hour whose session Liberty no longer keeps.
     */
    @Override
    public void map(String keycloakSession, String principal, String session) {
        update("delete from signed_in_session s where s.signed_in_at < now() - interval '1 hour' "
                + "and not exists (select 1 from http_sessions h where h.id = s.http_session_id)");
        update(
                "insert into signed_in_session (http_session_id, keycloak_session_id, username) values (?, ?, ?) "
                        + "on conflict (http_session_id) do update set keycloak_session_id = excluded.keycloak_session_id, "
                        + "username = excluded.username",
                session,
                keycloakSession,
                principal);
    }

    @Override
    public void removeSession(String session) {
        update("delete from signed_in_session where http_session_id = ?", session);
    }

    /** Keycloak's "log out all sessions" of the realm: every browser session must sign in again. */
    @Override
    public void clear() {
        update("delete from signed_in_session");
    }

    /** The session's id changed (at sign-in): one statement, so no instance ever sees neither id. */
    void renamed(String oldId, String newId, String keycloakSession, String principal) {
        update(
                "with renamed as (delete from signed_in_session where http_session_id = ?) "
                        + "insert into signed_in_session (http_session_id, keycloak_session_id, username) "
                        + "values (?, ?, ?) on conflict (http_session_id) do update set "
                        + "keycloak_session_id = excluded.keycloak_session_id, username = excluded.username",
                oldId,
                newId,
                keycloakSession,
                principal);
    }

    private Set<String> query(String sql, String parameter) {
        if (parameter == null) {
            return Set.of();
        }
        try (Connection db = dataSource().getConnection();
                PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, parameter);
            Set<String> found = new LinkedHashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the signed-in sessions: " + e.getMessage(), e);
        }
    }

    private void update(String sql, String... parameters) {
        try (Connection db = dataSource().getConnection();
                PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the signed-in sessions: " + e.getMessage(), e);
        }
    }

    private DataSource dataSource() {
        DataSource known = dataSource;
        if (known == null) {
            try {
                known = javax.naming.InitialContext.doLookup(DATA_SOURCE);
            } catch (NamingException e) {
                throw new IllegalStateException("The session data source " + DATA_SOURCE + " is missing", e);
            }
            dataSource = known;
        }
        return known;
    }
}
