package org.scm.mapping.stack;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The app the integration tests call, deployed once per test run: the WAR the build produced plus
 * what only tests deploy (the audited {@code testing/probe} entity and its resource, and its table in
 * migration V1000), written into the test server's {@code dropins}.
 */
public final class TestApp {

    private static final String PROBE_PACKAGE = "org/scm/mapping/testing/probe";
    private static final String PROBE_MIGRATION = "probe/V1000__audit_probe.sql";
    /** Liberty's message when an application has been restarted after its file changed. */
    private static final Pattern UPDATED = Pattern.compile("CWWKZ0003I: .* scm-mapping ");

    private static final Duration RESTART_TIMEOUT = Duration.ofMinutes(6);

    private final Path war;
    private final Path messages;
    private final URI ready;

    private TestApp(Path war, Path messages, URI ready) {
        this.war = war;
        this.messages = messages;
        this.ready = ready;
    }

    /** Writes the test WAR into {@code serverDir/dropins}; Liberty deploys it when it starts. */
    static TestApp write(Path builtWar, Path testClasses, Path serverDir, URI ready) {
        if (!Files.isRegularFile(builtWar)) {
            throw new StackException("The app's WAR is missing at " + builtWar + " (mvn verify builds it before the "
                    + "integration tests).");
        }
        Path dropins = serverDir.resolve("dropins");
        Path target = dropins.resolve(builtWar.getFileName());
        try {
            Files.createDirectories(dropins);
            Path assembling = Files.createTempFile(serverDir, "test-app-", ".war");
            Files.copy(builtWar, assembling, StandardCopyOption.REPLACE_EXISTING);
            try (FileSystem zip = FileSystems.newFileSystem(assembling, Map.of());
                    Stream<Path> probe = Files.walk(testClasses.resolve(PROBE_PACKAGE))) {
                for (Path file : probe.filter(Files::isRegularFile).toList()) {
                    copy(
                            file,
                            zip.getPath("WEB-INF/classes")
                                    .resolve(testClasses.relativize(file).toString()));
                }
                copy(
                        testClasses.resolve(PROBE_MIGRATION),
                        zip.getPath("WEB-INF/classes/db/migration")
                                .resolve(Path.of(PROBE_MIGRATION).getFileName().toString()));
            }
            Files.move(assembling, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StackException("Could not write the test WAR to " + target + ": " + e.getMessage(), e);
        }
        return new TestApp(target, serverDir.resolve("logs/messages.log"), ready);
    }

    /**
     * Restarts the application (not the server) the way a redeployment does, and waits until it is
     * ready again: its file in dropins changes, Liberty stops it and starts it, and start-up migrates
     * the database again.
     */
    public void restart() {
        long updatesBefore = updates();
        try {
            Files.setLastModifiedTime(war, FileTime.from(Instant.now()));
        } catch (IOException e) {
            throw new StackException("Could not touch " + war + ": " + e.getMessage(), e);
        }
        Instant deadline = Instant.now().plus(RESTART_TIMEOUT);
        while (updates() == updatesBefore) {
            if (Instant.now().isAfter(deadline)) {
                throw new StackException("Liberty did not restart the app within " + RESTART_TIMEOUT.toMinutes()
                        + " minutes; see " + messages);
            }
            Processes.sleep(Duration.ofMillis(250));
        }
        Processes.awaitHttp200("the restarted app", ready, null, messages, RESTART_TIMEOUT);
    }

    private long updates() {
        try {
            Matcher matcher = UPDATED.matcher(Files.readString(messages, StandardCharsets.UTF_8));
            return matcher.results().count();
        } catch (IOException notYet) {
            return 0;
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
}
