package org.scm.mapping.bench;

import java.util.List;

/** The reads the benchmark measures and their goals (issue: reads at the speed of the platform). */
final class Benchmark {

    /** Whose token every request carries: a focal point, whose answers include the open proposals it sees. */
    static final String USER = "fp-pe";

    private static final double HALF_OF_CEILING = 0.5;
    private static final int P99_MILLIS = 50;
    private static final int COMPARE_P95_MILLIS = 150;

    private Benchmark() {}

    /**
     * @param pastRevision an early revision (its matrix is read from the audit tables)
     * @param from, to the editions compared
     */
    static List<BenchmarkScenario> scenarios(long pastRevision, String from, String to) {
        return List.of(
                BenchmarkScenario.ceiling(),
                read("GET /api/matrix", "api/matrix"),
                read("GET /api/matrix?revision=" + pastRevision, "api/matrix?revision=" + pastRevision),
                read("GET /api/matrix?edition=" + from, "api/matrix?edition=" + from),
                read("GET /api/organizations", "api/organizations"),
                read("GET /api/organizations/UNHCR", "api/organizations/UNHCR"),
                read("GET /api/matrix/cells/UNHCR/1", "api/matrix/cells/UNHCR/1"),
                new BenchmarkScenario(
                        "GET /api/compare?from=" + from + "&to=" + to,
                        "api/compare?from=" + from + "&to=" + to,
                        0,
                        COMPARE_P95_MILLIS,
                        0));
    }

    private static BenchmarkScenario read(String name, String path) {
        return new BenchmarkScenario(name, path, HALF_OF_CEILING, 0, P99_MILLIS);
    }
}
