package io.c360.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.c360.config.ConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lookup benchmark at a tiny size, so its code path cannot rot: every lookup of every case must answer
 * 200 with the sampled customer's id (the load fails the run otherwise), on keys split between the instances.
 */
class LookupBenchmarkIT {
    private static final int PROFILES = 200;
    private static final int REQUESTS = 300;

    @TempDir
    Path dir;

    @Test
    void everyCaseAnswersTheRightCustomerLocallyAndForwarded() throws Exception {
        BenchAuth auth = BenchAuth.generate();
        try (LookupBenchmark bench = LookupBenchmark.start(dir,
                 ConfigLoader.load(null, Map.of(), Map.of("num.stream.threads", "1")), 7, auth);
             LookupLoad load = new LookupLoad(4, auth.headers())) {
            LookupBenchmark.Fill fill = bench.fill(PROFILES, Duration.ofMinutes(3), line -> { });
            assertEquals(PROFILES, fill.profiles());
            assertEquals(PROFILES, fill.added());
            assertTrue(fill.seconds() > 0);

            List<LookupBenchmark.Case> cases = bench.measure(load,
                new LookupBenchmark.Settings(PROFILES, 50, REQUESTS, 3, 7));

            assertEquals(List.of("health (HTTP floor)", "by id, local", "by id, forwarded", "by e-mail, local",
                "by e-mail, profile forwarded", "by e-mail, index and profile forwarded"),
                cases.stream().map(c -> c.result().name()).toList());
            int local = cases.get(1).keys();
            int forwarded = cases.get(2).keys();
            assertEquals(PROFILES, local + forwarded, "every sampled customer is local or forwarded");
            assertTrue(local > 0 && forwarded > 0, local + " local, " + forwarded + " forwarded");
            assertEquals(List.of(0, 0, 1, 0, 1, 2), cases.stream().map(LookupBenchmark.Case::hops).toList());
            for (LookupBenchmark.Case c : cases) {
                Percentiles p = c.result().micros();
                assertEquals(REQUESTS, p.samples(), c.result().name());
                assertTrue(0 < c.slowestRound() && c.slowestRound() <= c.fastestRound(), c.result().name());
                assertTrue(0 < p.p50() && p.p50() <= p.p99() && p.p99() <= p.p999() && p.p999() <= p.max(),
                    c.result().name() + " " + p);
            }
            String table = LookupReport.table(cases);
            assertEquals(2 + cases.size(), table.lines().count(), table);
            assertTrue(table.lines().skip(2).findFirst().orElseThrow().endsWith("| 1.0 | 1.0 | 1.00 |"), table);
        }
        kept();
    }

    /** A kept data directory is measured again without a new fill: its stores still answer every case. */
    private void kept() throws Exception {
        BenchAuth auth = BenchAuth.generate();
        try (LookupBenchmark bench = LookupBenchmark.start(dir,
                 ConfigLoader.load(null, Map.of(), Map.of("num.stream.threads", "1")), 7, auth);
             LookupLoad load = new LookupLoad(2, auth.headers())) {
            LookupBenchmark.Fill fill = bench.fill(PROFILES, Duration.ofMinutes(3), line -> { });
            assertEquals(new LookupBenchmark.Fill(PROFILES, 0, 0), fill);
            assertThrows(IllegalStateException.class, () -> bench.fill(PROFILES + 1, Duration.ofMinutes(1), l -> { }));
            List<LookupBenchmark.Case> cases = bench.measure(load, new LookupBenchmark.Settings(50, 10, 20, 1, 8));
            assertEquals(6, cases.size());
            assertEquals(50, cases.get(1).keys() + cases.get(2).keys());
        }
    }
}
