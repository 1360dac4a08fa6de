package org.scm.mapping.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;
import org.hibernate.tool.schema.spi.SchemaManagementException;

/**
 * Brings the database to the schema of {@code migrations/} when the application starts, before any
 * request is served, then checks every mapped entity against it. A failed migration or a mapping
 * that does not match the schema stops start-up with a message naming the table and column.
 *
 * <p>Liberty builds the persistence unit before application code runs, so Hibernate cannot validate
 * on its own ({@code hbm2ddl.auto=validate} would run against an unmigrated database). On Liberty,
 * Flyway's classpath scanner finds a folder only through an empty {@code flyway.location} marker in
 * it: {@code db/migration} and {@code db/callback} (no callbacks yet) both carry one.
 */
@ApplicationScoped
public class SchemaMigration {

    /** Where the WAR carries {@code migrations/} (see the pom's resources). */
    public static final String LOCATION = "classpath:db/migration";

    /** The table of {@code httpSessionDatabase} in liberty/server.xml (Liberty creates and owns it). */
    public static final String SESSION_STORE_TABLE = "http_sessions";

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/scm")
    DataSource dataSource;

    @PersistenceUnit(unitName = "scm")
    EntityManagerFactory entityManagerFactory;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        migrate(dataSource, getClass().getClassLoader());
        validate(entityManagerFactory.unwrap(SessionFactory.class));
    }

    public static MigrateResult migrate(DataSource dataSource, ClassLoader classLoader) {
        FluentConfiguration flyway = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true);
        if (emptyButForTheSessionStore(dataSource)) {
            // Liberty's session store creates its table when the server starts, before this application does;
            // the database is still empty for the app: recorded as a baseline below V1, then every migration runs
            flyway.baselineOnMigrate(true)
                    .baselineVersion("0")
                    .baselineDescription("empty but for the session store table " + SESSION_STORE_TABLE);
        }
        MigrateResult result = flyway.load().migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        return result;
    }

    /** True when the only table of the schema is Liberty's session store (a new database, first start). */
    static boolean emptyButForTheSessionStore(DataSource dataSource) {
        try (Connection db = dataSource.getConnection();
                Statement sql = db.createStatement();
                ResultSet tables = sql.executeQuery(
                        "select table_name from information_schema.tables where table_schema = current_schema()")) {
            Set<String> names = new HashSet<>();
            while (tables.next()) {
                names.add(tables.getString(1).toLowerCase(Locale.ROOT));
            }
            return names.equals(Set.of(SESSION_STORE_TABLE));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database's tables: " + e.getMessage(), e);
        }
    }

    public static void validate(SessionFactory sessionFactory) {
        try {
            sessionFactory.getSchemaManager().validateMappedObjects();
        } catch (SchemaManagementException mismatch) {
            throw new IllegalStateException(
                    "The entities do not match the migrated schema: " + mismatch.getMessage()
                            + " — fix the entity or add a migration in migrations/",
                    mismatch);
        }
    }
}
