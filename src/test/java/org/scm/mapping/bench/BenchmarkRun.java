package org.scm.mapping.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Runs the benchmark's load with Gatling in this JVM (its HTML report lands in
 * {@code target/gatling/}) and reads Gatling's statistics back into one table: scenario, throughput,
 * p50/p95/p99, errors, ratio to the ceiling, goal, pass or fail.
 */
final class BenchmarkRun {

    private static final String STATS = "stats: {";

    /** One line of the table. */
    record Row(
            BenchmarkScenario scenario,
            long requests,
            long errors,
            double throughput,
            int p50,
            int p95,
            int p99,
            double ratio,
            boolean met) {}

    private BenchmarkRun() {}

    static List<Row> run(ReadSimulation.Plan plan, Path results) {
        ReadSimulation.plan = plan;
        int exit = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {
            "-s", ReadSimulation.class.getName(), "-rf", results.toString(), "-rd", "SCM Mapping read benchmark"
        });
        if (exit != 0) {
            // Gatling's own assertions are not used; a non-zero exit means it could not run
            throw new IllegalStateException("Gatling ended with exit code " + exit + "; see " + results);
        }
        List<JsonObject> contents = statistics(latestRun(results));
        List<Row> rows = new ArrayList<>();
        double ceiling = 0;
        for (BenchmarkScenario scenario : plan.scenarios()) {
            JsonObject stats = find(contents, scenario.name());
            long requests = count(stats, "numberOfRequests", "total");
            long errors = count(stats, "numberOfRequests", "ko");
            double throughput = (requests - errors) / (double) plan.seconds();
            int p50 = count(stats, "percentiles1", "total").intValue();
            int p95 = count(stats, "percentiles3", "total").intValue();
            int p99 = count(stats, "percentiles4", "total").intValue();
            if (scenario.name().equals(BenchmarkScenario.CEILING)) {
                ceiling = throughput;
            }
            double ratio = ceiling > 0 ? throughput / ceiling : 0;
            rows.add(new Row(
                    scenario,
                    requests,
                    errors,
                    throughput,
                    p50,
                    p95,
                    p99,
                    ratio,
                    errors == 0 && scenario.met(throughput, ceiling, p95, p99)));
        }
        return rows;
    }

    /** The table as Markdown, with the run's setting and machine above it. */
    static String table(ReadSimulation.Plan plan, List<Row> rows) {
        StringBuilder table = new StringBuilder();
        table.append(String.format(
                Locale.ROOT,
                "SCM Mapping read benchmark, %s: %d clients × %d s per scenario (after %d s warm-up), one token, gzip; "
                        + "%d cores, Java %s, %s%n%n",
                Instant.now().toString().substring(0, 16).replace('T', ' '),
                plan.clients(),
                plan.seconds(),
                plan.warmUpSeconds(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                System.getProperty("os.name")));
        table.append("| scenario | req/s | p50 ms | p95 ms | p99 ms | errors | ratio to ceiling | goal | result |\n");
        table.append("|---|---:|---:|---:|---:|---:|---:|---|---|\n");
        for (Row row : rows) {
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | %.0f | %d | %d | %d | %d | %s | %s | %s |%n",
                    row.scenario().name(),
                    row.throughput(),
                    row.p50(),
                    row.p95(),
                    row.p99(),
                    row.errors(),
                    row.ratio() > 0 ? String.format(Locale.ROOT, "%.1f %%", row.ratio() * 100) : "—",
                    row.scenario().goal(),
                    row.met() ? "pass" : "FAIL"));
        }
        return table.toString();
    }

    private static Path latestRun(Path results) {
        try (Stream<Path> runs = Files.list(results)) {
            return runs.filter(Files::isDirectory)
                    .max((one, other) -> Long.compare(
                            one.toFile().lastModified(), other.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("Gatling wrote no run into " + results));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * Gatling's per-request statistics, from the report's {@code js/stats.js}: a script whose every
     * {@code stats: {...}} block is JSON (name, numberOfRequests, percentiles1..4 as 50/75/95/99).
     */
    private static List<JsonObject> statistics(Path run) {
        String script;
        try {
            script = Files.readString(run.resolve("js").resolve("stats.js"));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        List<JsonObject> blocks = new ArrayList<>();
        int at = script.indexOf(STATS);
        while (at >= 0) {
            int open = at + STATS.length() - 1;
            int depth = 0;
            int close = open;
            do {
                char c = script.charAt(close++);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            } while (depth > 0);
            try (JsonReader reader = Json.createReader(new StringReader(script.substring(open, close)))) {
                blocks.add(reader.readObject());
            }
            at = script.indexOf(STATS, close);
        }
        return blocks;
    }

    private static JsonObject find(List<JsonObject> statistics, String requestName) {
        return statistics.stream()
                .filter(stats -> stats.getString("name").equals(requestName))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Gatling has no statistics for " + requestName));
    }

    /** A figure of Gatling's statistics (written as a string; "-" when there is none, read as 0). */
    private static Long count(JsonObject stats, String name, String part) {
        String figure = stats.getJsonObject(name).getString(part);
        return figure.equals("-") ? 0L : Long.parseLong(figure);
    }
}
