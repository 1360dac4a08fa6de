package org.scm.mapping.bench;

/**
 * One measured read of the benchmark and its goal: a throughput of at least {@code minRatio} of the
 * ceiling's (0: none), a 95th or 99th percentile under a bound in milliseconds (0: none).
 */
record BenchmarkScenario(String name, String path, double minRatio, int maxP95Millis, int maxP99Millis) {

    /** The trivial authenticated endpoint every ratio is taken against. */
    static BenchmarkScenario ceiling() {
        return new BenchmarkScenario(CEILING, "api/me", 0, 0, 0);
    }

    static final String CEILING = "ceiling: GET /api/me";

    String goal() {
        StringBuilder goal = new StringBuilder();
        if (minRatio > 0) {
            goal.append("≥ ").append(Math.round(minRatio * 100)).append(" % of ceiling");
        }
        if (maxP95Millis > 0) {
            goal.append(goal.isEmpty() ? "" : ", ")
                    .append("p95 < ")
                    .append(maxP95Millis)
                    .append(" ms");
        }
        if (maxP99Millis > 0) {
            goal.append(goal.isEmpty() ? "" : ", ")
                    .append("p99 < ")
                    .append(maxP99Millis)
                    .append(" ms");
        }
        return goal.isEmpty() ? "—" : goal.toString();
    }

    boolean met(double throughput, double ceiling, int p95, int p99) {
        return (minRatio <= 0 || throughput >= minRatio * ceiling)
                && (maxP95Millis <= 0 || p95 < maxP95Millis)
                && (maxP99Millis <= 0 || p99 < maxP99Millis);
    }
}
