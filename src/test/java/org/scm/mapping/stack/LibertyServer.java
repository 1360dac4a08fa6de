package org.scm.mapping.stack;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Open Liberty server the build created under target/liberty, and the variables it runs with.
 * System property {@code scm.liberty.jvm-args} adds JVM arguments (the tests set some for a faster start).
 */
public final class LibertyServer implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int httpPort;

    private LibertyServer(Process process, Path log, int httpPort) {
        this.process = process;
        this.log = log;
        this.httpPort = httpPort;
    }

    /**
     * Writes the values of server.xml's variables for this stack into
     * {@code configDropins/overrides/stack.xml}, which Liberty reads over server.xml.
     */
    static void writeVariables(Path serverDir, Map<String, String> variables) {
        String xml = variables.entrySet().stream()
                .map(variable -> "    <variable name=\"" + escape(variable.getKey()) + "\" value=\""
                        + escape(variable.getValue()) + "\"/>")
                .collect(Collectors.joining(
                        "\n",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                + "<!-- written by the local stack (org.scm.mapping.stack) at start-up -->\n<server>\n",
                        "\n</server>\n"));
        try {
            Path overrides = serverDir.resolve("configDropins/overrides");
            Files.createDirectories(overrides);
            Files.writeString(overrides.resolve("stack.xml"), xml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StackException(
                    "Could not write the server variables under " + serverDir + ": " + e.getMessage(), e);
        }
    }

    static LibertyServer start(Path serverDir, int httpPort, Path log) {
        Path wlp = serverDir.getParent().getParent().getParent();
        Path script = wlp.resolve("bin/server");
        if (!Files.isExecutable(script)) {
            throw new StackException("Open Liberty is not installed at " + wlp + " (the build creates it).");
        }
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(List.of(
                            script.toString(), "run", serverDir.getFileName().toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            String jvmArguments = System.getProperty("scm.liberty.jvm-args", "");
            if (!jvmArguments.isBlank()) {
                builder.environment().put("JVM_ARGS", jvmArguments);
            }
            Process process = builder.start();
            return new LibertyServer(process, log, httpPort);
        } catch (IOException e) {
            throw new StackException("Could not start Open Liberty: " + e.getMessage(), e);
        }
    }

    void awaitReady() {
        Processes.awaitHttp200(
                "Open Liberty", URI.create(url() + "health/ready"), process, log, Duration.ofMinutes(10));
    }

    public String url() {
        return "http://localhost:" + httpPort + "/";
    }

    int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(30));
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;")
                .replace("\"", "&quot;")
                .replace("<", "&lt;")
                .replace(">", "&gt;");
    }
}
