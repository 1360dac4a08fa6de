package org.scm.mapping.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * The load of one benchmark run (Gatling): its scenarios one after the other, each with the same
 * number of clients that each send the scenario's request in a loop, for the same time, with the
 * same signed-in user's token, each after a short warm-up that is not counted, over kept-alive connections, accepting gzip as browsers do.
 * {@link BenchmarkRun} sets the {@link Plan} before Gatling starts this class.
 */
public class ReadSimulation extends Simulation {

    /** Requests whose name starts with this warm the step up (the JIT, the kept answers) and are not counted. */
    static final String WARM_UP = "warm-up ";

    static volatile Plan plan;

    public ReadSimulation() {
        Plan run = plan;
        HttpProtocolBuilder protocol = http.baseUrl(run.baseUrl())
                .header("Authorization", "Bearer " + run.token())
                .acceptHeader("application/json")
                .acceptEncodingHeader("gzip")
                .disableCaching()
                .warmUp(run.baseUrl() + "health/live");
        // built from the last step back: each step starts when the one before has ended
        PopulationBuilder chain = null;
        for (int index = run.scenarios().size() - 1; index >= 0; index--) {
            BenchmarkScenario scenario = run.scenarios().get(index);
            PopulationBuilder measured = load(scenario.name(), scenario.path(), run.clients(), run.seconds());
            PopulationBuilder step = chain == null ? measured : measured.andThen(chain);
            chain = run.warmUpSeconds() > 0
                    ? load(WARM_UP + scenario.name(), scenario.path(), run.clients(), run.warmUpSeconds())
                            .andThen(step)
                    : step;
        }
        setUp(chain).protocols(protocol);
    }

    private static PopulationBuilder load(String name, String path, int clients, int seconds) {
        return scenario(name)
                .during(Duration.ofSeconds(seconds))
                .on(exec(http(name).get(path).check(status().is(200))))
                .injectOpen(atOnceUsers(clients));
    }

    /** What one run sends: where, as whom, how many clients for how long, which scenarios. */
    record Plan(
            String baseUrl,
            String token,
            int clients,
            int seconds,
            int warmUpSeconds,
            java.util.List<BenchmarkScenario> scenarios) {}
}
