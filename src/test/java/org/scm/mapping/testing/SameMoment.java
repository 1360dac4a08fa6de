package org.scm.mapping.testing;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.scm.mapping.history.MappingLock;

/**
 * Two changes of the mapping at the same moment: the test holds the mapping lock (on which approvals take
 * their turn) until both requests are surely in flight and waiting for it, then lets them go.
 */
public final class SameMoment {

    private SameMoment() {}

    /** The answers of {@code first} and {@code second}, in that order. */
    private static List<Api.Response> both(Callable<Api.Response> first, Callable<Api.Response> second)
            throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try (Connection holder = Db.connect();
                Statement sql = holder.createStatement()) {
            sql.execute("select pg_advisory_lock(" + MappingLock.KEY + ")");
            Future<Api.Response> one = callers.submit(first);
            Future<Api.Response> two = callers.submit(second);
            await("both waiting for the mapping lock")
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> waiting(sql) >= 2);
            sql.execute("select pg_advisory_unlock(" + MappingLock.KEY + ")");
            return List.of(one.get(), two.get());
        } finally {
            callers.shutdownNow();
        }
    }

    /**
     * As {@link #both}, for two changes of which exactly one may apply: one answer is 200, the other 409.
     * The answers of {@code first} and {@code second}, in that order.
     */
    public static List<Api.Response> oneApplies(Callable<Api.Response> first, Callable<Api.Response> second)
            throws Exception {
        List<Api.Response> answers = both(first, second);
        List<Integer> codes = List.of(answers.get(0).status(), answers.get(1).status());
        assertTrue(
                codes.contains(200) && codes.contains(409),
                codes + " " + answers.get(0).body() + answers.get(1).body());
        return answers;
    }

    private static long waiting(Statement sql) throws SQLException {
        try (ResultSet waiting = sql.executeQuery(
                "select count(*) from pg_locks where locktype = 'advisory' and not granted and classid::bigint = "
                        + (MappingLock.KEY >>> 32) + " and objid::bigint = " + (MappingLock.KEY & 0xffffffffL))) {
            waiting.next();
            return waiting.getLong(1);
        }
    }
}
