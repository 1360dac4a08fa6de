package org.scm.mapping.stack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keycloak, PostgreSQL and a local mail server for the app, started side by side, and the server
 * variables that point Liberty at them. Used by {@link RunApp} (the demo) and by {@link StackSession} (the tests).
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
            boolean freshDatabase,
            Mail mail) {}

    /**
     * The local mail server's ports (IMAP 0: none) and how quickly the app sends and retries mail (the
     * tests do not wait for the production pace).
     */
    public record Mail(int smtpPort, int imapPort, int pollSeconds, int retryMaxSeconds) {}

    private final Settings settings;
    private final KeycloakServer keycloak;
    private final Database database;
    private final MailServer mail;

    private LocalStack(Settings settings, KeycloakServer keycloak, Database database, MailServer mail) {
        this.settings = settings;
        this.keycloak = keycloak;
        this.database = database;
        this.mail = mail;
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
        MailServer mail = null;
        try {
            database = Database.fromEnvironment().orElseGet(() -> {
                Ports.requireFree(settings.databasePort(), "embedded PostgreSQL", "scm.db.port");
                return Database.embedded(settings.databasePort(), settings.databaseDir(), settings.freshDatabase());
            });
            mail = MailServer.start(settings.mail().smtpPort(), settings.mail().imapPort());
            LocalStack stack = new LocalStack(settings, keycloak, database, mail);
            LibertyServer.writeVariables(settings.libertyServerDir(), stack.serverVariables());
            return stack;
        } catch (RuntimeException failed) {
            keycloak.close();
            if (database != null) {
                database.close();
            }
            if (mail != null) {
                mail.close();
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
        variables.put("scm.public.url", "http://localhost:" + settings.httpPort());
        variables.put("scm.smtp.host", mail.host());
        variables.put("scm.smtp.port", String.valueOf(mail.smtpPort()));
        variables.put("scm.mail.poll-seconds", String.valueOf(settings.mail().pollSeconds()));
        variables.put(
                "scm.mail.retry-max-seconds", String.valueOf(settings.mail().retryMaxSeconds()));
        return variables;
    }

    /**
     * What an instance of the deployable artifact needs to join this stack, as the environment variables
     * the README's production section names ({@code SCM_DB_URL}, {@code SCM_KEYCLOAK_URL}, …). Its users reach
     * it through {@code publicUrl} (in a cluster: the balancer's address).
     */
    public Map<String, String> instanceEnvironment(String publicUrl) {
        Map<String, String> environment = new LinkedHashMap<>();
        serverVariables().forEach((name, value) -> {
            if (!name.startsWith("scm.http") && !name.equals("scm.jdbc.dir")) {
                environment.put(
                        name.toUpperCase(java.util.Locale.ROOT)
                                .replace('.', '_')
                                .replace('-', '_'),
                        value);
            }
        });
        environment.put("SCM_PUBLIC_URL", publicUrl);
        return environment;
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

    public MailServer mail() {
        return mail;
    }

    public String appUrl() {
        return "http://localhost:" + settings.httpPort() + "/";
    }

    @Override
    public void close() {
        try {
            keycloak.close();
        } finally {
            try {
                database.close();
            } finally {
                mail.close();
            }
        }
    }
}
