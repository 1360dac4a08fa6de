package org.scm.mapping.stack;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Two instances of the app on the test stack's one PostgreSQL, Keycloak and mail server (ClusterIT):
 * A, an instance of the deployable artifact ({@code java -jar}, environment variables only), started
 * here; and B, the test run's own server (the same server.xml and WAR, on the Liberty the build
 * installed), which is already running. Users reach both through one address, as through a balancer;
 * B's stands in for it. A also reports its metrics through OpenTelemetry, to its log.
 */
public final class Cluster implements AutoCloseable {

    private final AppInstance a;
    private final String b;

    private Cluster(AppInstance a, String b) {
        this.a = a;
        this.b = b;
    }

    /** Starts A without waiting; {@link #awaitReady()} waits. */
    static Cluster start(LocalStack stack, Path jar, Path workDir) {
        Map<String, String> environment = new HashMap<>(stack.instanceEnvironment(stack.appUrl()));
        environment.putAll(Map.of(
                "OTEL_SDK_DISABLED", "false",
                "OTEL_METRICS_EXPORTER", "logging",
                "OTEL_TRACES_EXPORTER", "none",
                "OTEL_LOGS_EXPORTER", "none",
                "OTEL_METRIC_EXPORT_INTERVAL", "2000"));
        AppInstance a = AppInstance.start(
                jar, "instance-a", Integer.getInteger("scm.test.cluster.port-a", 9181), workDir, environment);
        return new Cluster(a, stack.appUrl());
    }

    public Cluster awaitReady() {
        a.awaitReady();
        return this;
    }

    /** The instance of the deployable artifact. */
    public AppInstance a() {
        return a;
    }

    /** The address of the test run's own server. */
    public String b() {
        return b;
    }

    @Override
    public void close() {
        a.close();
    }
}
