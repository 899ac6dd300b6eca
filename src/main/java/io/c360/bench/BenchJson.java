package io.c360.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The benchmark's results as JSON, for comparing runs by program: {@code {"machine": {...}, "results": [...]}},
 * one result per customer-base size. A figure the run did not measure (no growth to a size already reached, no
 * /proc) is null, never 0 or NaN, so a reader cannot take it for a measurement.
 */
public final class BenchJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchJson() {
    }

    /** Where the figures were measured: the JVM's view of the machine and the load around the run. */
    public record Machine(int cores, long maxHeapBytes, String javaVersion, String os, List<Double> loadAtStart,
                          List<Double> loadAtEnd) {
        public static Machine current(List<Double> loadAtStart, List<Double> loadAtEnd) {
            return new Machine(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory(),
                System.getProperty("java.runtime.version"),
                String.join(" ", System.getProperty("os.name"), System.getProperty("os.version"),
                    System.getProperty("os.arch")),
                loadAtStart, loadAtEnd);
        }
    }

    public static void write(Path file, Machine machine, List<Benchmark.Result> results) throws IOException {
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), tree(machine, results));
    }

    static ObjectNode tree(Machine machine, List<Benchmark.Result> results) {
        ObjectNode root = JSON.createObjectNode();
        root.set("machine", machine(machine));
        ArrayNode all = root.putArray("results");
        results.forEach(r -> all.add(result(r)));
        return root;
    }

    private static ObjectNode machine(Machine m) {
        ObjectNode out = JSON.createObjectNode();
        out.put("cores", m.cores());
        out.put("max_heap_mib", m.maxHeapBytes() >> 20);
        out.put("java_version", m.javaVersion());
        out.put("os", m.os());
        loads(out, "load_average_start", m.loadAtStart());
        loads(out, "load_average_end", m.loadAtEnd());
        return out;
    }

    /** The 1, 5 and 15 minute load averages as an array, null where they could not be read. */
    private static void loads(ObjectNode out, String field, List<Double> load) {
        if (load.isEmpty()) {
            out.putNull(field);
        } else {
            load.forEach(out.putArray(field)::add);
        }
    }

    private static ObjectNode result(Benchmark.Result r) {
        ObjectNode out = JSON.createObjectNode();
        out.put("customers", r.customers());
        figure(out, "steady_events_per_s", r.pipelineRate());
        figure(out, "signup_events_per_s", r.signUpRate());
        figure(out, "baseline_aggregate_events_per_s", r.baselineRate());
        figure(out, "pass_through_events_per_s", r.passThroughRate());
        figure(out, "steady_ratio", r.baselineRatio());
        // the steady batch is activity of customers who already exist, the events "known" to c360
        figure(out, "appends_per_known_event", r.appendsPerEvent());
        figure(out, "stream_cpu_us_per_event", r.cpuPerEvent() == null ? Double.NaN : r.cpuPerEvent().streamMicros());
        Percentiles latency = r.latency();
        figure(out, "p50_ms", latency == null ? Double.NaN : latency.p50());
        figure(out, "p99_ms", latency == null ? Double.NaN : latency.p99());
        figure(out, "p999_ms", latency == null ? Double.NaN : latency.p999());
        figure(out, "rss_mib", r.residentBytes() < 0 ? Double.NaN : r.residentBytes() >> 20);
        return out;
    }

    /** Integral figures as integers, fractional ones as they are, and what is not a number as null. */
    private static void figure(ObjectNode out, String field, double value) {
        if (!Double.isFinite(value)) {
            out.putNull(field);
        } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            out.put(field, (long) value);
        } else {
            out.put(field, value);
        }
    }
}
