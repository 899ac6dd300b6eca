package io.c360.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.c360.bench.BenchAuth;
import io.c360.bench.BenchReport;
import io.c360.bench.LookupBenchmark;
import io.c360.bench.LookupLoad;
import io.c360.bench.LookupReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Profile lookups over HTTP, local and forwarded, on two instances filled through the real pipeline. */
@Command(name = "lookup", mixinStandardHelpOptions = true,
    description = "Benchmark profile lookups by id and by e-mail on two c360 instances (embedded broker).")
final class BenchLookupCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config = new ConfigOptions();

    @Option(names = "--profiles", description = "Profiles to fill in first (default: ${DEFAULT-VALUE}).",
        defaultValue = "1000000")
    int profiles;

    @Option(names = "--keys", description = "Customers sampled for the lookups (default: ${DEFAULT-VALUE}).",
        defaultValue = "20000")
    int keys;

    @Option(names = "--clients", description = "Concurrent closed-loop clients (default: ${DEFAULT-VALUE}).",
        defaultValue = "8")
    int clients;

    @Option(names = "--warmup", description = "Unmeasured requests before each case (default: ${DEFAULT-VALUE}).",
        defaultValue = "10000")
    int warmup;

    @Option(names = "--requests", description = "Measured requests per case (default: ${DEFAULT-VALUE}).",
        defaultValue = "50000")
    int requests;

    @Option(names = "--rounds", description = "Rounds the measured requests of every case are split over, "
        + "taking the cases in turn (default: ${DEFAULT-VALUE}).", defaultValue = "5")
    int rounds;

    @Option(names = "--fill-timeout-minutes", defaultValue = "60",
        description = "Give up the fill after this long (default: ${DEFAULT-VALUE}).")
    int fillTimeoutMinutes;

    @Option(names = "--seed", defaultValue = "7", description = "Seed of the synthetic events and the sample.")
    long seed;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Broker and state directory, kept "
        + "(default: a temp directory, deleted); a kept one is measured again without a new fill.")
    Path dataDir;

    @Override
    public Integer call() throws Exception {
        Path dir = dataDir != null ? Files.createDirectories(dataDir) : Files.createTempDirectory("c360-lookup-");
        System.out.println("machine: " + BenchReport.machine());
        System.out.println("load average at start: " + BenchReport.loadAverage());
        List<LookupBenchmark.Case> cases;
        BenchAuth auth = BenchAuth.generate();
        try (LookupBenchmark bench = LookupBenchmark.start(dir, config.load(Map.of()), seed, auth);
             LookupLoad load = new LookupLoad(clients, auth.headers())) {
            LookupBenchmark.Fill fill = bench.fill(profiles, Duration.ofMinutes(fillTimeoutMinutes),
                System.out::println);
            System.out.print(LookupReport.fill(fill));
            System.out.println("load average after the fill: " + BenchReport.loadAverage());
            cases = bench.measure(load, new LookupBenchmark.Settings(keys, warmup, requests, rounds, seed));
        } finally {
            if (dataDir == null) {
                BenchCommand.deleteRecursively(dir);
            }
        }
        System.out.println("load average at end: " + BenchReport.loadAverage());
        System.out.print(LookupReport.table(cases));
        return 0;
    }
}
