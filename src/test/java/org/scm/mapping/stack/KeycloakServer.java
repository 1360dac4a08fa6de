package org.scm.mapping.stack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A Keycloak server from the {@code keycloak-quarkus-dist} zip (copied from Maven Central by the build),
 * started in development mode with an in-memory database and the realm of {@code realm/} imported on
 * every start, so the demo users are always as the realm file says.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "scm";
    /** Demo credentials of Keycloak's own administration console (master realm); local stack only. */
    public static final String ADMIN_USER = "admin";

    public static final String ADMIN_PASSWORD = "admin";

    private static final int REALM_FILE_APP_PORT = 9080;

    private final Path home;
    private final int port;
    private final Process process;
    private final Path log;

    private KeycloakServer(Path home, int port, Process process, Path log) {
        this.home = home;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts Keycloak; {@link #awaitReady()} waits until the realm answers. */
    static KeycloakServer start(Path zip, Path home, Path realmFile, int port, int appPort, Path log) {
        unpackIfMissing(zip, home);
        importRealm(realmFile, home.resolve("data/import"), appPort);
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        home.resolve("bin/kc.sh").toString(),
                        "start-dev",
                        "--http-port=" + port,
                        "--db=dev-mem",
                        "--import-realm"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        try {
            Files.createDirectories(log.getParent());
            return new KeycloakServer(home, port, builder.start(), log);
        } catch (IOException e) {
            throw new StackException("Could not start Keycloak from " + home + ": " + e.getMessage(), e);
        }
    }

    /** Ten minutes by default; a loaded shared machine may need more ({@code -Dscm.keycloak.start-seconds=900}). */
    void awaitReady() {
        Processes.awaitHttp200(
                "Keycloak",
                discoveryUri(),
                process,
                log,
                Duration.ofSeconds(Long.getLong("scm.keycloak.start-seconds", 600)));
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public URI discoveryUri() {
        return URI.create(url() + "/realms/" + REALM + "/.well-known/openid-configuration");
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(20));
    }

    /** The realm file allows redirects to the default app port; a different port is written in. */
    private static void importRealm(Path realmFile, Path importDir, int appPort) {
        try {
            String realm = Files.readString(realmFile, StandardCharsets.UTF_8);
            if (appPort != REALM_FILE_APP_PORT) {
                realm = realm.replace(":" + REALM_FILE_APP_PORT + "/", ":" + appPort + "/");
            }
            Files.createDirectories(importDir);
            Files.writeString(importDir.resolve(realmFile.getFileName()), realm, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StackException("Could not prepare the realm import from " + realmFile + ": " + e.getMessage(), e);
        }
    }

    private static void unpackIfMissing(Path zip, Path home) {
        if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
            return;
        }
        if (!Files.isRegularFile(zip)) {
            throw new StackException("Keycloak distribution not found at " + zip + " (the build copies it there).");
        }
        Path parent = home.getParent();
        try (InputStream in = Files.newInputStream(zip);
                ZipInputStream entries = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = entries.getNextEntry()) != null) {
                Path target = parent.resolve(entry.getName()).normalize();
                if (!target.startsWith(parent)) {
                    throw new StackException("Unexpected path in " + zip + ": " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
                    if (entry.getName().endsWith(".sh")) {
                        target.toFile().setExecutable(true);
                    }
                }
            }
        } catch (IOException e) {
            throw new StackException("Could not unpack Keycloak from " + zip + ": " + e.getMessage(), e);
        }
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new StackException("The Keycloak zip did not contain " + home.getFileName() + "/bin/kc.sh");
        }
    }
}
