package io.c360.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The benchmark's results as Markdown, with the machine they were measured on. */
public final class BenchReport {
    private static final Path MEMINFO = Path.of("/proc/meminfo");
    private static final Path LOADAVG = Path.of("/proc/loadavg");

    private BenchReport() {
    }

    public static String machine() {
        return String.format(Locale.ROOT, "%s; %d cores; %s RAM; %s %s (%s); %s %s",
            LocalDate.now(), Runtime.getRuntime().availableProcessors(), totalMemory(),
            System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
            "max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB",
            System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    public static String table(List<Benchmark.Result> results) {
        StringBuilder out = new StringBuilder()
            .append("| customers | sign-up events/s | pass-through events/s | baseline aggregate events/s "
                + "| c360 events/s | ratio | baseline ratio | stream CPU µs/event | process CPU µs/event "
                + "| new records % | c360 appends/event | latency at events/s | p50 ms | p99 ms | p99.9 ms | max ms | RSS MiB | heap used MiB |\n")
            .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Benchmark.Result r : results) {
            out.append(String.format(Locale.ROOT,
                "| %,d | %,.0f | %,.0f | %,.0f | %,.0f | %.3f | %.3f | %,d | %,d | %.0f | %.1f | %,.0f "
                    + "| %d | %d | %d | %d | %,d | %,d |%n",
                r.customers(), r.signUpRate(), r.passThroughRate(), r.baselineRate(), r.pipelineRate(), r.ratio(),
                r.baselineRatio(),
                r.cpuPerEvent().streamMicros(), r.cpuPerEvent().processMicros(), 100 * r.newRecordShare(),
                r.appendsPerEvent(), r.latencyRate(),
                r.latency().p50(), r.latency().p99(), r.latency().p999(), r.latency().max(),
                r.residentBytes() >> 20, r.heapUsedBytes() >> 20));
        }
        return out.toString();
    }

    /** Where the appends of one size went: records appended per event, per topic, most first. */
    public static String appendsByTopic(Benchmark.Result r) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "appends per event at %,d customers:",
            r.customers()));
        r.appendsPerTopic().entrySet().stream()
            .sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed())
            .forEach(e -> out.append(String.format(Locale.ROOT, " %s %.2f;", e.getKey(), e.getValue())));
        return out.append(System.lineSeparator()).toString();
    }

    /** The 1, 5 and 15 minute load averages: other work on the machine skews every figure. */
    public static String loadAverage() {
        return loadAverage(loadAverages());
    }

    /** {@code load} as /proc/loadavg writes it, or "unknown" when empty. */
    public static String loadAverage(List<Double> load) {
        return load.isEmpty() ? "unknown" : load.stream().map(l -> String.format(Locale.ROOT, "%.2f", l))
            .collect(java.util.stream.Collectors.joining(" "));
    }

    /** The 1, 5 and 15 minute load averages, or none where /proc/loadavg is not there (not Linux). */
    public static List<Double> loadAverages() {
        return firstLine(LOADAVG)
            .map(l -> java.util.Arrays.stream(l.split(" ")).limit(3).map(Double::valueOf).toList())
            .orElse(List.of());
    }

    private static java.util.Optional<String> firstLine(Path file) {
        if (!Files.isReadable(file)) {
            return java.util.Optional.empty();
        }
        try {
            return Files.readAllLines(file).stream().findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String totalMemory() {
        if (!Files.isReadable(MEMINFO)) {
            return "unknown";
        }
        try {
            return Files.readAllLines(MEMINFO).stream().filter(l -> l.startsWith("MemTotal:"))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / (1024 * 1024) + " GiB")
                .findFirst().orElse("unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MEMINFO, e);
        }
    }
}
