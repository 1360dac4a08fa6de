package org.scm.mapping.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scm.mapping.stack.StackSession;
import org.scm.mapping.testing.Api;
import org.scm.mapping.testing.Db;
import org.scm.mapping.testing.ProposalSteps;
import org.scm.mapping.testing.Tokens;

/**
 * The read benchmark ({@code mvn verify -Pbench}, see the README): on the stack the integration tests use,
 * loads the synthetic 100 × 200 mapping with about a million audit rows ({@link ScaleData}), then measures
 * every read side by side with the trivial endpoint's ceiling, 50 clients × 8 s each, and writes the table
 * to {@code target/benchmark.md}. Not part of the test command; {@link BenchmarkSmokeIT} is.
 */
class ReadBenchmark {

    @Test
    void reads() throws Exception {
        ScaleData.Written data;
        long started = System.nanoTime();
        try (Connection db = Db.connect()) {
            data = ScaleData.write(db, ScaleData.Shape.full());
        }
        System.out.printf(
                "Synthetic data: %d audit rows, revisions %d..%d, editions %d and %d, written in %d s%n",
                data.auditRows(),
                data.firstRevision(),
                data.lastRevision(),
                data.earlyEdition(),
                data.lateEdition(),
                (System.nanoTime() - started) / 1_000_000_000L);
        List<BenchmarkScenario> scenarios = Benchmark.scenarios(
                data.firstRevision() + 10, String.valueOf(data.earlyEdition()), String.valueOf(data.lateEdition()));
        ReadSimulation.Plan plan = new ReadSimulation.Plan(
                StackSession.current().appUrl(),
                Tokens.of(Benchmark.USER),
                Integer.getInteger("bench.clients", 50),
                Integer.getInteger("bench.seconds", 8),
                Integer.getInteger("bench.warm-up-seconds", 3),
                scenarios);
        List<BenchmarkRun.Row> rows = new ArrayList<>(BenchmarkRun.run(plan, Path.of("target", "gatling")));
        rows.addAll(firstReads(data));
        rows.add(approvals());
        String table = BenchmarkRun.table(plan, rows);
        String heading = String.format(
                "Data: %d organizations × %d themes, %d audit rows.%n%n",
                ScaleData.Shape.full().organizations(), ScaleData.Shape.full().themes(), data.auditRows());
        Files.writeString(Path.of("target", "benchmark.md"), heading + table);
        System.out.println();
        System.out.println(heading + table);
    }

    /**
     * Approving a 50-item proposal, one approval after another (approvals take turns anyway): 20 proposals
     * of a focal point, each changing 50 cells of one synthetic column, submitted first, then approved and
     * timed one by one through the API.
     */
    private static BenchmarkRun.Row approvals() throws Exception {
        int count = Integer.getInteger("bench.approvals", 20);
        List<Long> proposals = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            String column = "SYN-" + (27 + index);
            long proposal = ProposalSteps.create("fp-pe", "fifty cells of " + column);
            for (int theme = 30; theme < 80; theme++) {
                String level = Db.level(column, theme);
                ProposalSteps.addItem(
                        "fp-pe",
                        proposal,
                        ProposalSteps.cellItem(column, theme, "STRONG".equals(level) ? "NONE" : "STRONG"));
            }
            ProposalSteps.act("fp-pe", proposal, "submit", "{}");
            proposals.add(proposal);
        }
        List<Long> millis = new ArrayList<>();
        int errors = 0;
        long started = System.nanoTime();
        for (long proposal : proposals) {
            String version = ProposalSteps.etag("sec-ana", proposal);
            long start = System.nanoTime();
            int status = Api.as("sec-ana")
                    .ifMatch(version)
                    .post("api/proposals/" + proposal + "/approve", "{\"reason\":\"benchmark\"}")
                    .status();
            millis.add((System.nanoTime() - start) / 1_000_000);
            errors += status == 200 ? 0 : 1;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Collections.sort(millis);
        BenchmarkScenario scenario =
                new BenchmarkScenario("POST /api/proposals/{id}/approve, 50 cell items, one at a time", "", 0, 200, 0);
        int p95 = percentile(millis, 0.95).intValue();
        return new BenchmarkRun.Row(
                scenario,
                count,
                errors,
                count / seconds,
                percentile(millis, 0.50).intValue(),
                p95,
                percentile(millis, 0.99).intValue(),
                0,
                errors == 0 && scenario.met(0, 0, p95, 0));
    }

    /**
     * What a state costs before it is kept: the first read of the current matrix after a write (a draft
     * proposal moves the head), and the first read of ten past revisions spread over the synthetic history
     * (Envers' validity-strategy queries over the million audit rows). Goal: a past state costs at most
     * twice the current one.
     */
    private static List<BenchmarkRun.Row> firstReads(ScaleData.Written data) {
        int samples = 10;
        List<Long> current = new ArrayList<>();
        List<Long> past = new ArrayList<>();
        for (int sample = 0; sample < samples; sample++) {
            ProposalSteps.create("fp-pe", "moves the head " + sample);
            current.add(timed("api/matrix"));
            long revision = data.firstRevision() + (data.lastRevision() - data.firstRevision()) * sample / samples;
            past.add(timed("api/matrix?revision=" + revision));
        }
        Collections.sort(current);
        Collections.sort(past);
        BenchmarkScenario now = new BenchmarkScenario("GET /api/matrix, first read of a new state", "", 0, 0, 0);
        long bound = 2 * percentile(current, 0.5);
        BenchmarkScenario then = new BenchmarkScenario(
                "GET /api/matrix?revision=N, first read, 10 past revisions (goal: p50 ≤ 2 × the one above)",
                "",
                0,
                0,
                0);
        return List.of(row(now, current, true), row(then, past, percentile(past, 0.5) <= bound));
    }

    private static long timed(String path) {
        long start = System.nanoTime();
        Api.as(Benchmark.USER).get(path).expect(200);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static BenchmarkRun.Row row(BenchmarkScenario scenario, List<Long> sorted, boolean met) {
        long total = sorted.stream().mapToLong(Long::longValue).sum();
        return new BenchmarkRun.Row(
                scenario,
                sorted.size(),
                0,
                total == 0 ? 0 : sorted.size() * 1000.0 / total,
                percentile(sorted, 0.50).intValue(),
                percentile(sorted, 0.95).intValue(),
                percentile(sorted, 0.99).intValue(),
                0,
                met);
    }

    private static Long percentile(List<Long> sorted, double rank) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(rank * sorted.size()) - 1));
    }
}
