package org.scm.mapping.stack;

/**
 * What Liberty's dev mode needs around it ({@code mvn -Pdev package}): Keycloak and the embedded
 * PostgreSQL of the run command (same ports, same data in {@code .run/postgres}), and the server
 * variables pointing the {@code scm} server at them. Then {@code mvn liberty:dev} in another terminal
 * runs the app with hot reload. Ctrl-C stops both.
 */
public final class DevStack {

    private DevStack() {}

    public static void main(String[] args) throws InterruptedException {
        LocalStack.Settings settings = RunApp.settings();
        try {
            System.out.println("Starting Keycloak, PostgreSQL and the mail server for Liberty dev mode…");
            LocalStack stack = LocalStack.begin(settings);
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                System.out.println("Stopping Keycloak and PostgreSQL…");
                                stack.close();
                            },
                            "scm-dev-stop"));
            stack.awaitKeycloak();
            System.out.println("""

                    ==============================================================
                     Keycloak and PostgreSQL are running for dev mode.
                     In another terminal:   mvn liberty:dev
                     then open %s and sign in, e.g. fp-pe / demo-fp-pe.
                     Keycloak:  %s   Database: %s
                     Mail sent by the app: IMAP %s:%d (user and password: the address)
                     Press Ctrl-C here to stop both (after leaving dev mode).
                    ==============================================================
                    """.formatted(
                            stack.appUrl(),
                            stack.keycloak().url(),
                            stack.database().url(),
                            stack.mail().host(),
                            stack.mail().imapPort()));
            Thread.currentThread().join();
        } catch (StackException problem) {
            System.err.println();
            System.err.println("The dev stack could not start: " + problem.getMessage());
            System.exit(2);
        }
    }
}
