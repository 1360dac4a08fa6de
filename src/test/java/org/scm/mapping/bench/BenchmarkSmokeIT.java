package org.scm.mapping.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scm.mapping.stack.StackSession;
import org.scm.mapping.testing.Tokens;

/**
 * The benchmark in miniature, so that it cannot rot: the same scenarios, Gatling run and table as
 * {@code mvn verify -Pbench}, on the 2014 seed, with two clients for a second each and no warm-up. Checks that every
 * scenario answers without an error and the table is complete; the goals are the full benchmark's to
 * show, not this one's.
 */
class BenchmarkSmokeIT {

    @Test
    void everyScenarioRunsAndTheTableIsWritten() {
        List<BenchmarkScenario> scenarios = Benchmark.scenarios(1, "2014", "now");
        ReadSimulation.Plan plan =
                new ReadSimulation.Plan(StackSession.current().appUrl(), Tokens.of(Benchmark.USER), 2, 1, 0, scenarios);

        List<BenchmarkRun.Row> rows = BenchmarkRun.run(plan, Path.of("target", "gatling-smoke"));
        String table = BenchmarkRun.table(plan, rows);
        System.out.println(table);

        assertEquals(scenarios.size(), rows.size());
        for (BenchmarkRun.Row row : rows) {
            assertEquals(0, row.errors(), row.scenario().name() + " answered with errors:\n" + table);
            assertTrue(row.requests() > 0, row.scenario().name() + " sent nothing:\n" + table);
        }
        assertTrue(table.contains("| " + BenchmarkScenario.CEILING + " |"), table);
    }
}
