package org.scm.mapping.stack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.io.FileUtils;

/**
 * One instance of the deployable artifact ({@code target/scm-mapping.jar}) started the way the README's
 * production section says: {@code java -jar scm-mapping.jar}, configured by environment variables only.
 * ClusterIT runs one beside the test app ({@link #besideTestApp}).
 */
public final class AppInstance implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;
    private final int httpPort;

    private AppInstance(String name, Process process, Path log, int httpPort) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.httpPort = httpPort;
    }

    /**
     * ClusterIT's instance A of {@code jar}, beside the test app on {@code stack}'s PostgreSQL, Keycloak and
     * mail server: users reach both through one address, as through a balancer, and the test app's stands in
     * for it. A also reports its metrics through OpenTelemetry, to its log. Not yet ready: {@link #awaitReady()}.
     */
    static AppInstance besideTestApp(LocalStack stack, Path jar, Path workDir) {
        Map<String, String> environment = new HashMap<>(stack.instanceEnvironment(stack.appUrl()));
        environment.putAll(Map.of(
                "OTEL_SDK_DISABLED", "false",
                "OTEL_METRICS_EXPORTER", "logging",
                "OTEL_TRACES_EXPORTER", "none",
                "OTEL_LOGS_EXPORTER", "none",
                "OTEL_METRIC_EXPORT_INTERVAL", "2000"));
        return start(jar, "instance-a", Integer.getInteger("scm.test.cluster.port-a", 9181), workDir, environment);
    }

    /**
     * Starts instance {@code name} of {@code jar} on {@code httpPort}, unpacked under {@code workDir}, with the
     * stack's database, Keycloak and mail server given as environment variables; {@link #awaitReady()} waits.
     */
    public static AppInstance start(
            Path jar, String name, int httpPort, Path workDir, Map<String, String> environment) {
        if (!Files.isRegularFile(jar)) {
            throw new StackException("The deployable artifact is missing at " + jar + " (mvn package builds it).");
        }
        Path pidFile = workDir.resolve(name + ".pid");
        stopLeftOver(pidFile);
        Ports.requireFree(httpPort, "instance " + name, "scm.test.cluster.port-*");
        Path log = workDir.resolve(name + ".log");
        try {
            // the jar unpacks only into a directory that is absent or empty
            FileUtils.deleteDirectory(workDir.resolve(name).toFile());
            Files.createDirectories(workDir.resolve(name));
            ProcessBuilder builder = new ProcessBuilder(List.of(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-jar",
                            jar.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            // the jar's launcher runs the server in a JVM of its own, with jvm.options and these; a test run is
            // short: C1 only, as for the test server
            builder.environment().put("JVM_ARGS", "-XX:TieredStopAtLevel=1");
            builder.environment().put("SCM_HTTP_PORT", String.valueOf(httpPort));
            builder.environment().put("SCM_HTTPS_PORT", String.valueOf(Ports.anyFree()));
            // where the jar unpacks its server (in the build directory, so `mvn clean` removes it)
            builder.environment()
                    .put("WLP_JAR_EXTRACT_DIR", workDir.resolve(name).toString());
            Process process = builder.start();
            Files.writeString(pidFile, String.valueOf(process.pid()));
            return new AppInstance(name, process, log, httpPort);
        } catch (IOException e) {
            throw new StackException("Could not start instance " + name + " of " + jar + ": " + e.getMessage(), e);
        }
    }

    public AppInstance awaitReady() {
        Processes.awaitHttp200(
                "instance " + name, URI.create(url() + "health/ready"), process, log, Duration.ofMinutes(5));
        return this;
    }

    /** What the instance wrote to its console so far. */
    public String log() {
        try {
            return Files.readString(log, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StackException("Could not read " + log + ": " + e.getMessage(), e);
        }
    }

    public String url() {
        return "http://localhost:" + httpPort + "/";
    }

    /**
     * An instance of an earlier run whose test JVM was killed before it could stop it (its launcher's pid in
     * {@code pidFile}): stopped with the server it started, if that process is still the jar's launcher.
     */
    private static void stopLeftOver(Path pidFile) {
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        try {
            ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()))
                    .filter(launcher -> launcher.info().commandLine().orElse("").contains("-jar"))
                    .ifPresent(Processes::kill);
            Files.delete(pidFile);
        } catch (IOException | NumberFormatException e) {
            throw new StackException("Could not read " + pidFile + ": " + e.getMessage(), e);
        }
    }

    /** True while the launcher or the server it started runs. */
    public boolean isRunning() {
        return process.isAlive() || process.descendants().anyMatch(ProcessHandle::isAlive);
    }

    /**
     * Ends the instance at once, as a crash or a pulled plug would (no orderly shutdown): the server's JVM,
     * which the jar's launcher started, and the launcher.
     */
    public void kill() {
        Processes.kill(process.toHandle());
    }

    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(30));
    }
}
