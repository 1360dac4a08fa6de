package org.scm.mapping.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * migrations/ against the mapped entities, outside the server: the migrations apply to an empty
 * PostgreSQL, apply nothing a second time, and every entity validates against the result; a schema
 * that drifted from an entity is refused with the table and column named.
 */
class SchemaMigrationTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Test
    void migratesOnceAndMatchesTheEntities() throws Exception {
        DataSource database = freshDatabase("matching");

        assertEquals(
                migrationFiles(), SchemaMigration.migrate(database, getClass().getClassLoader()).migrationsExecuted);
        assertEquals(0, SchemaMigration.migrate(database, getClass().getClassLoader()).migrationsExecuted);

        try (EntityManagerFactory factory = entityManagerFactory(database)) {
            SchemaMigration.validate(factory.unwrap(SessionFactory.class));
        }
    }

    @Test
    void aNewDatabaseHoldingOnlyLibertysSessionTableIsMigratedFromV1() throws Exception {
        DataSource database = freshDatabase("sessions_first");
        execute(database, "create table " + SchemaMigration.SESSION_STORE_TABLE + " (id varchar(128))");

        assertEquals(
                migrationFiles(), SchemaMigration.migrate(database, getClass().getClassLoader()).migrationsExecuted);
        assertEquals(0, SchemaMigration.migrate(database, getClass().getClassLoader()).migrationsExecuted);
    }

    @Test
    void aDatabaseHoldingOtherTablesButNoHistoryIsRefused() throws Exception {
        DataSource database = freshDatabase("foreign_tables");
        execute(database, "create table " + SchemaMigration.SESSION_STORE_TABLE + " (id varchar(128))");
        execute(database, "create table organization (code varchar(20))");

        FlywayException refused = assertThrows(
                FlywayException.class,
                () -> SchemaMigration.migrate(database, getClass().getClassLoader()));
        assertTrue(refused.getMessage().contains("non-empty schema"), refused.getMessage());
    }

    @Test
    void refusesASchemaThatDriftedFromTheEntities() throws Exception {
        DataSource database = freshDatabase("drifted");
        SchemaMigration.migrate(database, getClass().getClassLoader());
        try (Connection connection = database.getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("alter table revision drop column reason");
        }

        try (EntityManagerFactory factory = entityManagerFactory(database)) {
            IllegalStateException refused = assertThrows(
                    IllegalStateException.class, () -> SchemaMigration.validate(factory.unwrap(SessionFactory.class)));
            assertTrue(
                    refused.getMessage().contains("reason")
                            && refused.getMessage().contains("revision"),
                    refused.getMessage());
        }
    }

    private static void execute(DataSource database, String statement) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private static DataSource freshDatabase(String name) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("create database " + name);
        }
        return postgres.getDatabase("postgres", name);
    }

    /** The application's persistence unit, with a local data source instead of the server's JTA one. */
    private static EntityManagerFactory entityManagerFactory(DataSource database) {
        return Persistence.createEntityManagerFactory(
                "scm",
                Map.of(
                        "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                        "jakarta.persistence.jtaDataSource", database,
                        "jakarta.persistence.nonJtaDataSource", database,
                        "jakarta.persistence.validation.mode", "NONE",
                        "hibernate.transaction.jta.platform",
                                "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform"));
    }

    private static int migrationFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("migrations"))) {
            return (int) files.filter(file -> file.getFileName().toString().matches("V\\d+__.+\\.sql"))
                    .count();
        }
    }
}
