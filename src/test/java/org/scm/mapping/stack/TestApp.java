package org.scm.mapping.stack;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The app the integration tests call, deployed once per test run: the WAR the build produced plus
 * what only tests deploy (the audited {@code testing/probe} entity and its resource, and its table in
 * migration V1000), written into the test server's {@code dropins}.
 */
public final class TestApp {

    private static final String PROBE_PACKAGE = "org/scm/mapping/testing/probe";
    private static final String PROBE_MIGRATION = "probe/V1000__audit_probe.sql";

    private TestApp() {}

    /** Writes the test WAR into {@code serverDir/dropins}; Liberty deploys it when it starts. */
    static void write(Path builtWar, Path testClasses, Path serverDir) {
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
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
}
