package org.scm.mapping.stack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.io.FileUtils;

/**
 * A Keycloak server from the {@code keycloak-quarkus-dist} zip (copied from Maven Central by the build),
 * started in development mode on a file database that is, at every start, a fresh copy of a snapshot
 * taken right after the realm of {@code realm/} was imported: so the demo users are always as the realm
 * file says, and only the first start with a given realm file pays for the schema set-up and the import
 * (the snapshot is named after a hash of the realm as imported and is kept beside the Keycloak home).
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "scm";
    /** Demo credentials of Keycloak's own administration console (master realm); local stack only. */
    public static final String ADMIN_USER = "admin";

    public static final String ADMIN_PASSWORD = "admin";

    private static final int REALM_FILE_APP_PORT = 9080;

    /** Where {@code --db=dev-file} keeps Keycloak's database, under its home. */
    private static final String DATABASE_DIR = "data/h2";

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
        String realm = realmAsImported(realmFile, appPort);
        Path snapshot = home.resolveSibling(home.getFileName() + "-data-" + fingerprint(realm));
        if (!Files.isDirectory(snapshot)) {
            takeSnapshot(home, realmFile, realm, port, log, snapshot);
        }
        restore(snapshot, home.resolve(DATABASE_DIR));
        return launch(home, port, log, false);
    }

    /**
     * The first start with this realm: Keycloak creates its database and imports the realm, is stopped in
     * order (so the file database is closed), and its database is copied to {@code snapshot}.
     */
    private static void takeSnapshot(Path home, Path realmFile, String realm, int port, Path log, Path snapshot) {
        Path database = home.resolve(DATABASE_DIR);
        Path importDir = home.resolve("data/import");
        try (Stream<Path> older = Files.list(home.getParent())) {
            for (Path stale : older.filter(
                            path -> path.getFileName().toString().startsWith(home.getFileName() + "-data-"))
                    .toList()) {
                FileUtils.deleteDirectory(stale.toFile());
            }
            FileUtils.deleteDirectory(database.toFile());
            FileUtils.deleteDirectory(importDir.toFile());
            Files.createDirectories(importDir);
            Files.writeString(importDir.resolve(realmFile.getFileName()), realm, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StackException("Could not prepare the realm import from " + realmFile + ": " + e.getMessage(), e);
        }
        try (KeycloakServer importing = launch(home, port, log, true)) {
            importing.awaitReady();
        }
        try {
            FileUtils.deleteDirectory(importDir.toFile());
            Path partial = home.resolveSibling(snapshot.getFileName() + ".partial");
            FileUtils.deleteDirectory(partial.toFile());
            FileUtils.copyDirectory(database.toFile(), partial.toFile());
            Files.move(partial, snapshot, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StackException("Could not keep Keycloak's database in " + snapshot + ": " + e.getMessage(), e);
        }
    }

    private static void restore(Path snapshot, Path database) {
        try {
            FileUtils.deleteDirectory(database.toFile());
            FileUtils.copyDirectory(snapshot.toFile(), database.toFile());
        } catch (IOException e) {
            throw new StackException("Could not copy Keycloak's database from " + snapshot + ": " + e.getMessage(), e);
        }
    }

    private static KeycloakServer launch(Path home, int port, Path log, boolean importRealm) {
        List<String> command = new ArrayList<>(List.of(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-port=" + port,
                "--db=dev-file",
                // development mode reads and compiles the sign-in page's templates and theme at every request;
                // nobody edits them here, so they are kept as in production
                "--spi-theme--cache-themes=true",
                "--spi-theme--cache-templates=true",
                "--spi-theme--static-max-age=2592000"));
        if (importRealm) {
            command.add("--import-realm");
        }
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
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
    private static String realmAsImported(Path realmFile, int appPort) {
        try {
            String realm = Files.readString(realmFile, StandardCharsets.UTF_8);
            if (appPort != REALM_FILE_APP_PORT) {
                realm = realm.replace(":" + REALM_FILE_APP_PORT + "/", ":" + appPort + "/");
            }
            return realm;
        } catch (IOException e) {
            throw new StackException("Could not read the realm " + realmFile + ": " + e.getMessage(), e);
        }
    }

    /** Names the snapshot: the realm as imported and the way Keycloak stores it. */
    private static String fingerprint(String realm) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((DATABASE_DIR + "\n" + realm).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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
