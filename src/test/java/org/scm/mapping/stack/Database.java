package org.scm.mapping.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The PostgreSQL the app uses: a server named by {@code SCM_DB_URL}, {@code SCM_DB_USER} and
 * {@code SCM_DB_PASSWORD}, or else an embedded PostgreSQL (zonky) whose data directory is kept.
 */
public final class Database implements AutoCloseable {

    public static final String NAME = "scm";

    private final String url;
    private final String user;
    private final String password;
    private final EmbeddedPostgres embedded;

    private Database(String url, String user, String password, EmbeddedPostgres embedded) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    /** The server named by the environment, or empty when none is named. */
    static Optional<Database> fromEnvironment() {
        String url = System.getenv("SCM_DB_URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Database(
                url,
                System.getenv().getOrDefault("SCM_DB_USER", "scm"),
                System.getenv().getOrDefault("SCM_DB_PASSWORD", ""),
                null));
    }

    /**
     * Starts an embedded PostgreSQL on {@code port} with its data in {@code dataDirectory}: kept as it
     * is when it already holds a database, or wiped first when {@code fresh}.
     */
    static Database embedded(int port, Path dataDirectory, boolean fresh) {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(fresh)
                    .start();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet exists =
                            statement.executeQuery("select 1 from pg_database where datname = '" + NAME + "'")) {
                if (!exists.next()) {
                    statement.execute("create database " + NAME);
                }
            }
            return new Database(postgres.getJdbcUrl("postgres", NAME), "postgres", "", postgres);
        } catch (IOException | SQLException e) {
            throw new StackException(
                    "Could not start the embedded PostgreSQL on port " + port + " with data in " + dataDirectory + ": "
                            + e.getMessage(),
                    e);
        }
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** A connection to the server's maintenance database {@code postgres}, for server-wide statements. */
    public Connection connectToServer() throws SQLException {
        return DriverManager.getConnection(url.replaceFirst("/" + NAME + "(\\?|$)", "/postgres$1"), user, password);
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new StackException("Could not stop the embedded PostgreSQL: " + e.getMessage(), e);
            }
        }
    }
}
