package io.c360.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.c360.bench.BenchReport;
import io.c360.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Measures c360 against the raw broker on an embedded broker: throughput, ratio, latency, memory. */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = BenchLookupCommand.class,
    description = "Benchmark c360 against a plain consume-produce copy on an embedded broker; "
        + "'bench lookup' measures profile lookups over HTTP.")
final class BenchCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config = new ConfigOptions();

    @Option(names = "--customers", split = ",", paramLabel = "N",
        description = "Customer-base sizes, ascending (default: ${DEFAULT-VALUE}); 1000000 adds the 1M run.",
        defaultValue = "10000,100000")
    List<Integer> sizes = new ArrayList<>();

    @Option(names = "--events", description = "Events per throughput batch (default: ${DEFAULT-VALUE}).",
        defaultValue = "100000")
    int batch;

    @Option(names = "--latency-seconds", description = "Length of each latency run (default: ${DEFAULT-VALUE}).",
        defaultValue = "20")
    int latencySeconds;

    @Option(names = "--seed", defaultValue = "7", description = "Seed of the synthetic events.")
    long seed;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Broker and state directory (default: temp).")
    Path dataDir;

    @Override
    public Integer call() throws Exception {
        Path dir = dataDir != null ? Files.createDirectories(dataDir) : Files.createTempDirectory("c360-bench-");
        List<Benchmark.Result> results = new ArrayList<>();
        System.out.println("machine: " + BenchReport.machine());
        System.out.println("load average at start: " + BenchReport.loadAverage());
        try (Benchmark bench = Benchmark.start(dir, config.load(Map.of()), seed)) {
            for (int size : sizes) {
                Benchmark.Result result = bench.measure(size, batch, Duration.ofSeconds(latencySeconds));
                results.add(result);
                System.out.print(BenchReport.table(List.of(result)));
                System.out.print(BenchReport.appendsByTopic(result));
            }
        } finally {
            if (dataDir == null) {
                deleteRecursively(dir);
            }
        }
        System.out.println();
        System.out.println("load average at end: " + BenchReport.loadAverage());
        System.out.print(BenchReport.table(results));
        return 0;
    }

    static void deleteRecursively(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
