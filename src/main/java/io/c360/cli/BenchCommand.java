package io.c360.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.c360.bench.BenchJson;
import io.c360.bench.BenchReport;
import io.c360.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Measures c360 against the raw broker and a bare exactly-once aggregation on an embedded broker: throughput,
 * ratios, latency, memory.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = BenchLookupCommand.class,
    description = "Benchmark c360 against a plain consume-produce copy and a bare exactly-once aggregation on an "
        + "embedded broker; "
        + "'bench lookup' measures profile lookups over HTTP.")
final class BenchCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config = new ConfigOptions();

    @Option(names = "--customers", split = ",", paramLabel = "N",
        description = "Customer-base sizes, ascending (default: 10000,100000; with --quick: 10000); 1000000 adds "
            + "the 1M run.")
    List<Integer> sizes;

    @Option(names = "--events", paramLabel = "N",
        description = "Events per throughput batch (default: 100000; with --quick: 5000).")
    Integer batch;

    @Option(names = "--latency-seconds", paramLabel = "S",
        description = "Length of each latency run (default: 20; with --quick: 10).")
    Integer latencySeconds;

    @Option(names = "--quick", description = "A first result within minutes: 10,000 customers, a smaller batch and "
        + "a shorter latency run; --customers, --events and --latency-seconds still override.")
    boolean quick;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON to FILE.")
    Path json;

    @Option(names = "--seed", defaultValue = "7", description = "Seed of the synthetic events.")
    long seed;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Broker and state directory (default: temp).")
    Path dataDir;

    /** What one run measures: the sizes, the events per throughput batch and the seconds of each latency run. */
    record Plan(List<Integer> sizes, int events, int latencySeconds) {
        static final Plan FULL = new Plan(List.of(10_000, 100_000), 100_000, 20);
        // the whole run took about two minutes on a shared 2-core machine (load 4-8), half of it growing the base
        static final Plan QUICK = new Plan(List.of(10_000), 5_000, 10);
    }

    Plan plan() {
        Plan defaults = quick ? Plan.QUICK : Plan.FULL;
        return new Plan(sizes != null ? List.copyOf(sizes) : defaults.sizes(),
            batch != null ? batch : defaults.events(),
            latencySeconds != null ? latencySeconds : defaults.latencySeconds());
    }

    @Override
    public Integer call() throws Exception {
        Plan plan = plan();
        List<Double> loadAtStart = BenchReport.loadAverages();
        System.out.println("machine: " + BenchReport.machine());
        System.out.println("load average at start: " + BenchReport.loadAverage(loadAtStart));
        List<Benchmark.Result> results = measure(plan);
        List<Double> loadAtEnd = BenchReport.loadAverages();
        System.out.println();
        System.out.println("load average at end: " + BenchReport.loadAverage(loadAtEnd));
        System.out.print(BenchReport.table(results));
        if (json != null) {
            BenchJson.write(json, BenchJson.Machine.current(loadAtStart, loadAtEnd), results);
            System.out.println("results written to " + json);
        }
        return 0;
    }

    private List<Benchmark.Result> measure(Plan plan) throws Exception {
        Path dir = dataDir != null ? Files.createDirectories(dataDir) : Files.createTempDirectory("c360-bench-");
        List<Benchmark.Result> results = new ArrayList<>();
        try (Benchmark bench = Benchmark.start(dir, config.load(Map.of()), seed)) {
            for (int size : plan.sizes()) {
                Benchmark.Result result = bench.measure(size, plan.events(), Duration.ofSeconds(plan.latencySeconds()));
                results.add(result);
                System.out.print(BenchReport.table(List.of(result)));
                System.out.print(BenchReport.appendsByTopic(result));
            }
        } finally {
            if (dataDir == null) {
                deleteRecursively(dir);
            }
        }
        return results;
    }

    static void deleteRecursively(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
