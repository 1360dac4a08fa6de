package org.scm.mapping.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The whole stack, started once for the integration-test run (failsafe sets {@code scm.stack=start}) and
 * stopped when it ends: Keycloak, PostgreSQL with an empty database, a mail server (GreenMail, read by the
 * tests through {@code current().mail()}, on a free port), and Open Liberty with the
 * {@link TestApp}, which migrates the database at its first start. Liberty boots while Keycloak does;
 * the session waits until the app's {@code /health/ready} answers 200 (database and Keycloak up).
 * Unit tests (surefire) run without it.
 */
public class StackSession implements LauncherSessionListener {

    private static volatile LocalStack current;
    private static volatile LibertyServer liberty;
    private static volatile AppInstance instanceA;

    /** The stack of the running integration tests. */
    public static LocalStack current() {
        if (current == null) {
            throw new IllegalStateException("no local stack: integration tests run under failsafe (mvn verify)");
        }
        return current;
    }

    /**
     * ClusterIT's instance A of the deployable artifact beside the test app ({@link AppInstance#besideTestApp}),
     * started on first use and stopped with the stack at the latest; not yet ready: see
     * {@link AppInstance#awaitReady()}.
     */
    public static synchronized AppInstance instanceA() {
        if (instanceA != null && !instanceA.isRunning()) {
            // ended by a test (ClusterConflictAndFailoverIT) before another needed it: a new one
            stopInstanceA();
        }
        if (instanceA == null) {
            Path build = Path.of(System.getProperty("scm.build.dir"));
            instanceA = AppInstance.besideTestApp(
                    current(), Path.of(System.getProperty("scm.test.jar")), build.resolve("cluster"));
        }
        return instanceA;
    }

    /** Stops {@link #instanceA()}, if it runs. */
    public static synchronized void stopInstanceA() {
        if (instanceA != null) {
            try {
                instanceA.close();
            } finally {
                instanceA = null;
            }
        }
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!"start".equals(System.getProperty("scm.stack")) || current != null) {
            return;
        }
        Path build = Path.of(System.getProperty("scm.build.dir"));
        Path serverDir = Path.of(System.getProperty("scm.liberty.server.dir"));
        LocalStack.Settings settings = new LocalStack.Settings(
                Path.of(System.getProperty("scm.project.dir")),
                build,
                Path.of(System.getProperty("scm.keycloak.home")),
                serverDir,
                build.resolve("stack-logs"),
                Integer.getInteger("scm.http.port"),
                Integer.getInteger("scm.https.port", Ports.anyFree()),
                Integer.getInteger("scm.keycloak.port"),
                Ports.anyFree(),
                databaseDirectory(build),
                true,
                new LocalStack.Mail(Integer.getInteger("scm.test.smtp.port", Ports.anyFree()), 0, 1, 2));
        Ports.requireFree(settings.httpPort(), "the app under test", "scm.test.http.port");
        Ports.requireFree(settings.httpsPort(), "the app under test, HTTPS", "scm.test.https.port");
        current = LocalStack.begin(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(StackSession::stop, "scm-test-stack-stop"));
        try {
            emptyDatabase(current.database());
            TestApp.write(Path.of(System.getProperty("scm.test.war")), testClasses(), serverDir);
            liberty = LibertyServer.start(
                    serverDir, settings.httpPort(), settings.logDir().resolve("liberty.log"));
            current.awaitKeycloak();
            liberty.awaitReady();
        } catch (RuntimeException failed) {
            stop();
            throw failed;
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stop();
    }

    private static synchronized void stop() {
        try {
            stopInstanceA();
            if (liberty != null) {
                liberty.close();
            }
        } finally {
            liberty = null;
            if (current != null) {
                current.close();
                current = null;
            }
        }
    }

    private static Path databaseDirectory(Path build) {
        try {
            return Files.createTempDirectory(build, "postgres-");
        } catch (IOException e) {
            throw new StackException("Could not prepare the test database directory: " + e.getMessage(), e);
        }
    }

    /**
     * The first start of the app must migrate an empty database (SchemaStartupIT checks it). The embedded
     * one is new; a server named by SCM_DB_URL loses its public schema, as the README says.
     */
    private static void emptyDatabase(Database database) {
        if (database.isEmbedded()) {
            return;
        }
        try (Connection db = database.connect();
                Statement sql = db.createStatement()) {
            sql.execute("drop schema public cascade");
            sql.execute("create schema public");
        } catch (SQLException e) {
            throw new StackException("Could not empty the test database " + database.url() + ": " + e.getMessage(), e);
        }
    }

    private static Path testClasses() {
        try {
            return Path.of(StackSession.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (java.net.URISyntaxException e) {
            throw new StackException("Cannot locate the test classes: " + e.getMessage(), e);
        }
    }
}
