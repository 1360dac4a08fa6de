package org.scm.mapping.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scm.mapping.stack.StackSession;
import org.scm.mapping.testing.Api;
import org.scm.mapping.testing.Deployments;

/** The app migrates an empty database at start-up, and starts again on the migrated one without changing it. */
@ExtendWith(ArquillianExtension.class)
class SchemaStartupIT {

    private static final String APP = "app";

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = APP, managed = false, testable = false)
    static WebArchive app() {
        return Deployments.app();
    }

    @Test
    void startsOnAnEmptyDatabaseAndAgainOnTheMigratedOne() throws SQLException, IOException {
        try (Connection db = StackSession.current().database().connect(); Statement sql = db.createStatement()) {
            sql.execute("drop schema public cascade");
            sql.execute("create schema public");

            deployer.deploy(APP);
            try {
                assertEquals(200, Api.getAnonymous("health/ready").statusCode());
                long applied = count(sql, "select count(*) from flyway_schema_history where success");
                assertEquals(migrationFiles() + 1, applied, "every migration of migrations/ plus the test probe's");
                assertEquals(1, count(sql, "select count(*) from revision where action = 'edition 2014 import'"));
            } finally {
                deployer.undeploy(APP);
            }

            long historyBefore = count(sql, "select count(*) from flyway_schema_history");
            deployer.deploy(APP);
            try {
                assertEquals(200, Api.getAnonymous("health/ready").statusCode());
                assertEquals(historyBefore, count(sql, "select count(*) from flyway_schema_history"),
                        "nothing migrated twice");
                assertEquals(0, count(sql, "select count(*) from flyway_schema_history where not success"));
            } finally {
                deployer.undeploy(APP);
            }
        }
    }

    private static long migrationFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("migrations"))) {
            long count = files.filter(file -> file.getFileName().toString().matches("V\\d+__.+\\.sql")).count();
            assertTrue(count > 0);
            return count;
        }
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
