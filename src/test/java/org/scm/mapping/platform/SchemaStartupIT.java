package org.scm.mapping.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.scm.mapping.testing.Api;
import org.scm.mapping.testing.Db;

/**
 * The app migrates an empty database at start-up. The test session started the app once, on an empty
 * database; this class checks what that start did. (That a start on the migrated database changes
 * nothing is ClusterIT's first check: its instance of the artifact starts on this database.)
 */
class SchemaStartupIT {

    @Test
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

    private static long migrationFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("migrations"))) {
            long count = files.filter(file -> file.getFileName().toString().matches("V\\d+__.+\\.sql"))
                    .count();
            assertTrue(count > 0);
            return count;
        }
    }
}
