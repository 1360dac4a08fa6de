package org.scm.mapping.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts Keycloak and PostgreSQL once for the integration-test run (failsafe sets {@code scm.stack=start})
 * and stops them when it ends; Arquillian starts Liberty, which reads the variables written here.
 * Unit tests (surefire) run without it.
 */
public class StackSession implements LauncherSessionListener {

    private static volatile LocalStack current;

    /** The stack of the running integration tests. */
    public static LocalStack current() {
        if (current == null) {
            throw new IllegalStateException("no local stack: integration tests run under failsafe (mvn verify)");
        }
        return current;
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!"start".equals(System.getProperty("scm.stack")) || current != null) {
            return;
        }
        Path build = Path.of(System.getProperty("scm.build.dir"));
        try {
            Path databaseDir = Files.createTempDirectory(build, "postgres-");
            current = LocalStack.start(new LocalStack.Settings(
                    Path.of(System.getProperty("scm.project.dir")),
                    build,
                    Path.of(System.getProperty("scm.keycloak.home")),
                    Path.of(System.getProperty("scm.liberty.server.dir")),
                    build.resolve("stack-logs"),
                    Integer.getInteger("scm.http.port"),
                    Integer.getInteger("scm.https.port", Ports.anyFree()),
                    Integer.getInteger("scm.keycloak.port"),
                    Ports.anyFree(),
                    databaseDir,
                    true));
        } catch (IOException e) {
            throw new StackException("Could not prepare the test database directory: " + e.getMessage(), e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
