package io.c360.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchJsonTest {
    private static final BenchJson.Machine MACHINE = new BenchJson.Machine(2, 2L << 30, "17.0.15+6",
        "Linux 6.1 amd64", List.of(1.25, 0.5, 0.75), List.of(3.0, 1.0, 0.5));
    private static final List<String> RESULT_FIELDS = List.of("customers", "steady_events_per_s",
        "signup_events_per_s", "baseline_aggregate_events_per_s", "pass_through_events_per_s", "steady_ratio",
        "appends_per_known_event", "stream_cpu_us_per_event", "p50_ms", "p99_ms", "p999_ms", "rss_mib");

    @Test
    void writesTheMachineAndOneResultPerSizeWithTheFiguresMeasured(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bench.json");
        BenchJson.write(file, MACHINE, List.of(result(10_000, 379.5, 2_600L << 20), result(100_000, 511, 2_674L << 20)));
        JsonNode root = new ObjectMapper().readTree(file.toFile());

        JsonNode machine = root.get("machine");
        assertEquals(2, machine.get("cores").asInt());
        assertEquals(2048, machine.get("max_heap_mib").asLong());
        assertEquals("17.0.15+6", machine.get("java_version").asText());
        assertEquals("Linux 6.1 amd64", machine.get("os").asText());
        assertEquals("[1.25,0.5,0.75]", machine.get("load_average_start").toString());
        assertEquals("[3.0,1.0,0.5]", machine.get("load_average_end").toString());

        assertEquals(2, root.get("results").size());
        JsonNode r = root.get("results").get(0);
        assertEquals(RESULT_FIELDS, fieldNames(r));
        assertEquals(10_000, r.get("customers").asInt());
        assertEquals(600, r.get("steady_events_per_s").asDouble());
        assertEquals(379.5, r.get("signup_events_per_s").asDouble());
        assertEquals(2_400, r.get("baseline_aggregate_events_per_s").asDouble());
        assertEquals(300_000, r.get("pass_through_events_per_s").asDouble());
        assertEquals(0.25, r.get("steady_ratio").asDouble());
        assertEquals(14.5, r.get("appends_per_known_event").asDouble(), 1e-12);
        assertEquals(913, r.get("stream_cpu_us_per_event").asLong());
        assertEquals(76, r.get("p50_ms").asLong());
        assertEquals(176, r.get("p99_ms").asLong());
        assertEquals(273, r.get("p999_ms").asLong());
        assertEquals(2_600, r.get("rss_mib").asLong());
        assertTrue(r.get("p99_ms").isIntegralNumber(), "whole milliseconds stay integers");
        assertEquals(511, root.get("results").get(1).get("signup_events_per_s").asDouble());
    }

    @Test
    void aFigureNotMeasuredIsNullNotZero() {
        // a size already reached grows nothing (NaN sign-up rate); no /proc gives no RSS and no load average
        BenchJson.Machine noProc = new BenchJson.Machine(2, 1L << 30, "17", "Other", List.of(), List.of());
        JsonNode root = BenchJson.tree(noProc, List.of(result(10_000, Double.NaN, -1)));
        JsonNode r = root.get("results").get(0);
        assertEquals(RESULT_FIELDS, fieldNames(r), "a null figure keeps its field");
        assertTrue(r.get("signup_events_per_s").isNull());
        assertTrue(r.get("rss_mib").isNull());
        assertTrue(root.get("machine").get("load_average_start").isNull());
        assertTrue(root.get("machine").get("load_average_end").isNull());
        assertEquals(600, r.get("steady_events_per_s").asDouble());
    }

    @Test
    void anUnmeasuredBaselineLeavesTheRatioNull() {
        Benchmark.Result r = new Benchmark.Result(10_000, 300, 600, 300_000, Double.NaN,
            new CpuClock.PerEvent(913, 2_856), 0.43, Map.of(), 300, new Percentiles(1, 1, 1, 1, 1), 1L << 30, 0);
        JsonNode json = BenchJson.tree(MACHINE, List.of(r)).get("results").get(0);
        assertTrue(json.get("baseline_aggregate_events_per_s").isNull());
        assertTrue(json.get("steady_ratio").isNull());
    }

    private static Benchmark.Result result(int customers, double signUpRate, long residentBytes) {
        return new Benchmark.Result(customers, signUpRate, 600, 300_000, 2_400, new CpuClock.PerEvent(913, 2_856),
            0.43, Map.of("c360.identity-index", 8.25, "c360.profile-changed", 6.25), 300,
            new Percentiles(6_000, 76, 176, 273, 431), residentBytes, 1L << 30);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
