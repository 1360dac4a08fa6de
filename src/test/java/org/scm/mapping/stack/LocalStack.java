package org.scm.mapping.stack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keycloak and PostgreSQL for the app, started side by side, and the server variables that point
 * Liberty at them. Used by {@link RunApp} (the demo) and by {@link StackSession} (the tests).
 */
public final class LocalStack implements AutoCloseable {

    /** Where the build and the stack keep their pieces, and the ports to use. */
    public record Settings(
            Path projectDir,
            Path buildDir,
            Path keycloakHome,
            Path libertyServerDir,
            Path logDir,
            int httpPort,
            int httpsPort,
            int keycloakPort,
            int databasePort,
            Path databaseDir,
            boolean freshDatabase) {}

    private final Settings settings;
    private final KeycloakServer keycloak;
    private final Database database;

    private LocalStack(Settings settings, KeycloakServer keycloak, Database database) {
        this.settings = settings;
        this.keycloak = keycloak;
        this.database = database;
    }

    /** Starts both and waits until Keycloak serves the realm. */
    public static LocalStack start(Settings settings) {
        LocalStack stack = begin(settings);
        try {
            stack.awaitKeycloak();
            return stack;
        } catch (RuntimeException failed) {
            stack.close();
            throw failed;
        }
    }

    /**
     * Starts Keycloak (without waiting for it) and PostgreSQL, and writes Liberty's variables, so that
     * Liberty can boot while Keycloak still does; {@link #awaitKeycloak()} waits for the realm.
     */
    public static LocalStack begin(Settings settings) {
        Ports.requireFree(settings.keycloakPort(), "Keycloak", "scm.keycloak.port");
        KeycloakServer keycloak = KeycloakServer.start(
                settings.buildDir().resolve("keycloak.zip"),
                settings.keycloakHome(),
                settings.projectDir().resolve("realm/scm-realm.json"),
                settings.keycloakPort(),
                settings.httpPort(),
                settings.logDir().resolve("keycloak.log"));
        Database database = null;
        try {
            database = Database.fromEnvironment().orElseGet(() -> {
                Ports.requireFree(settings.databasePort(), "embedded PostgreSQL", "scm.db.port");
                return Database.embedded(settings.databasePort(), settings.databaseDir(), settings.freshDatabase());
            });
            LocalStack stack = new LocalStack(settings, keycloak, database);
            LibertyServer.writeVariables(settings.libertyServerDir(), stack.serverVariables());
            return stack;
        } catch (RuntimeException failed) {
            keycloak.close();
            if (database != null) {
                database.close();
            }
            throw failed;
        }
    }

    public void awaitKeycloak() {
        keycloak.awaitReady();
    }

    Map<String, String> serverVariables() {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("scm.http.port", String.valueOf(settings.httpPort()));
        variables.put("scm.https.port", String.valueOf(settings.httpsPort()));
        variables.put("scm.jdbc.dir", settings.buildDir().resolve("jdbc").toString());
        variables.put("scm.db.url", database.url());
        variables.put("scm.db.user", database.user());
        variables.put("scm.db.password", database.password());
        variables.put("scm.keycloak.url", keycloak.url());
        return variables;
    }

    public Settings settings() {
        return settings;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public Database database() {
        return database;
    }

    public String appUrl() {
        return "http://localhost:" + settings.httpPort() + "/";
    }

    @Override
    public void close() {
        try {
            keycloak.close();
        } finally {
            database.close();
        }
    }
}
