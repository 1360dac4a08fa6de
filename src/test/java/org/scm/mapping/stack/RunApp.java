package org.scm.mapping.stack;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The README's run command ({@code mvn -Prun package}): Keycloak with the demo realm, an embedded
 * PostgreSQL whose data survives restarts (under {@code .run/postgres}), a local mail server (GreenMail:
 * SMTP 3025, IMAP 3143) and Open Liberty with the app. Ctrl-C stops all three.
 */
public final class RunApp {

    private RunApp() {}

    public static void main(String[] args) throws InterruptedException {
        LocalStack.Settings settings = settings();
        try {
            Ports.requireFree(settings.httpPort(), "the app", "scm.http.port");
            Ports.requireFree(settings.httpsPort(), "the app, HTTPS", "scm.https.port");
            System.out.println("Starting Keycloak and PostgreSQL…");
            LocalStack stack = LocalStack.start(settings);
            AtomicReference<LibertyServer> liberty = new AtomicReference<>();
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                System.out.println("Stopping SCM Mapping…");
                                if (liberty.get() != null) {
                                    liberty.get().close();
                                }
                                stack.close();
                            },
                            "scm-stop"));
            System.out.println("Starting Open Liberty with the app…");
            liberty.set(LibertyServer.start(
                    settings.libertyServerDir(),
                    settings.httpPort(),
                    settings.logDir().resolve("liberty.log")));
            liberty.get().awaitReady();
            printWelcome(stack, settings);
            int exit = liberty.get().waitFor();
            System.err.println("Open Liberty stopped (exit " + exit + "); see "
                    + settings.logDir().resolve("liberty.log"));
            System.exit(exit == 0 ? 0 : 1);
        } catch (StackException problem) {
            System.err.println();
            System.err.println("SCM Mapping could not start: " + problem.getMessage());
            System.exit(2);
        }
    }

    /** The run command's settings (system properties set by the pom's profile), also used by {@link DevStack}. */
    static LocalStack.Settings settings() {
        Path project = Path.of(System.getProperty("scm.project.dir", "."));
        Path run = project.resolve(".run");
        return new LocalStack.Settings(
                project,
                Path.of(System.getProperty(
                        "scm.build.dir", project.resolve("target").toString())),
                Path.of(System.getProperty("scm.keycloak.home")),
                Path.of(System.getProperty("scm.liberty.server.dir")),
                run.resolve("logs"),
                Integer.getInteger("scm.http.port", 9080),
                Integer.getInteger("scm.https.port", 9443),
                Integer.getInteger("scm.keycloak.port", 8180),
                Integer.getInteger("scm.db.port", 15432),
                run.resolve("postgres"),
                false,
                new LocalStack.Mail(
                        Integer.getInteger("scm.smtp.port", 3025), Integer.getInteger("scm.imap.port", 3143), 5, 600));
    }

    private static void printWelcome(LocalStack stack, LocalStack.Settings settings) {
        System.out.println("""

                ==============================================================
                 SCM Mapping is running:  %s
                 Sign in, for example, as the focal point of Peru:
                     user fp-pe   password demo-fp-pe
                 (all demo users are listed in the README)
                 API documentation:       %sopenapi/ui/
                 Keycloak:                %s  (admin console: %s / %s)
                 Database:                %s
                 Mail sent by the app:    SMTP %s:%d, read it over IMAP at %s:%d
                                          (user and password: the recipient's address,
                                           e.g. fp-pe@scm-mapping.test)
                 Logs:                    %s
                 Press Ctrl-C to stop everything.
                ==============================================================
                """.formatted(
                        stack.appUrl(),
                        stack.appUrl(),
                        stack.keycloak().url(),
                        KeycloakServer.ADMIN_USER,
                        KeycloakServer.ADMIN_PASSWORD,
                        stack.database().isEmbedded()
                                ? "embedded PostgreSQL, data in " + settings.databaseDir()
                                : stack.database().url(),
                        stack.mail().host(),
                        stack.mail().smtpPort(),
                        stack.mail().host(),
                        stack.mail().imapPort(),
                        settings.logDir()));
    }
}
