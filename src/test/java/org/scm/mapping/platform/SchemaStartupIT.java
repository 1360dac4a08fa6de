package org.scm.mapping.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.scm.mapping.stack.StackSession;
import org.scm.mapping.testing.Api;
import org.scm.mapping.testing.Db;

/**
 * The app migrates an empty database at start-up, and starts again on the migrated one without
 * changing it. The test session started the app once, on an empty database; this class checks what
 * that start did, then restarts the app. It runs after every other class ({@code @Order}, see
 * {@code junit-platform.properties}), so the restart interrupts nobody.
 */
@Order(Integer.MAX_VALUE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SchemaStartupIT {

    @Test
    @Order(1)
    void theFirstStartMigratedTheEmptyDatabase() throws SQLException, IOException {
        Api.anonymous().get("health/ready").expect(200);
        assertEquals(
                migrationFiles() + 1,
                Db.count("select count(*) from flyway_schema_history where success and type <> 'BASELINE'"),
                "every migration of migrations/ plus the test probe's");
        // Liberty's session store created its table before the app started; nothing else was there, so the
        // history starts with a baseline below V1 and then every migration from V1 on
        assertEquals(
                1,
                Db.count("select count(*) from flyway_schema_history where type = 'BASELINE' and installed_rank = 1"
                        + " and version = '0'"),
                "an empty schema but for " + SchemaMigration.SESSION_STORE_TABLE);
        assertEquals(
                1, Db.count("select count(*) from flyway_schema_history where installed_rank = 2 and version = '1'"));
        assertEquals(1, Db.count("select count(*) from revision where action = 'edition 2014 import'"));
    }

    @Test
    @Order(2)
    void aRestartOnTheMigratedDatabaseAppliesNothing() throws SQLException {
        long historyBefore = Db.count("select count(*) from flyway_schema_history");

        StackSession.app().restart();

        Api.anonymous().get("health/ready").expect(200);
        assertEquals(historyBefore, Db.count("select count(*) from flyway_schema_history"), "nothing migrated twice");
        assertEquals(0, Db.count("select count(*) from flyway_schema_history where not success"));
        assertEquals(1, Db.count("select count(*) from revision where action = 'edition 2014 import'"));
    }

    private static long migrationFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("migrations"))) {
            long count = files.filter(file -> file.getFileName().toString().matches("V\\d+__.+\\.sql"))
                    .count();
            assertTrue(count > 0);
            return count;
        }
    }
}
