package org.scm.mapping.stack;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Two instances, A and B, of the deployable artifact on the test stack's PostgreSQL, Keycloak and mail
 * server (ClusterIT). Users reach both through one address, as through a balancer; the test app's
 * stands in for it. B also reports its metrics through OpenTelemetry, to its log.
 */
public final class Cluster implements AutoCloseable {

    private final AppInstance a;
    private final AppInstance b;

    private Cluster(AppInstance a, AppInstance b) {
        this.a = a;
        this.b = b;
    }

    /** Starts both without waiting; {@link #awaitReady()} waits. */
    static Cluster start(LocalStack stack, Path jar, Path workDir) {
        Map<String, String> environment = stack.instanceEnvironment(stack.appUrl());
        AppInstance a = AppInstance.start(
                jar, "instance-a", Integer.getInteger("scm.test.cluster.port-a", 9181), workDir, environment);
        try {
            Map<String, String> withTelemetry = new HashMap<>(environment);
            withTelemetry.putAll(Map.of(
                    "OTEL_SDK_DISABLED", "false",
                    "OTEL_METRICS_EXPORTER", "logging",
                    "OTEL_TRACES_EXPORTER", "none",
                    "OTEL_LOGS_EXPORTER", "none",
                    "OTEL_METRIC_EXPORT_INTERVAL", "2000"));
            AppInstance b = AppInstance.start(
                    jar, "instance-b", Integer.getInteger("scm.test.cluster.port-b", 9182), workDir, withTelemetry);
            return new Cluster(a, b);
        } catch (RuntimeException failed) {
            a.close();
            throw failed;
        }
    }

    public Cluster awaitReady() {
        a.awaitReady();
        b.awaitReady();
        return this;
    }

    public AppInstance a() {
        return a;
    }

    public AppInstance b() {
        return b;
    }

    @Override
    public void close() {
        try {
            a.close();
        } finally {
            b.close();
        }
    }
}
