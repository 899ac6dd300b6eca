package io.c360.bench;

import java.util.List;
import java.util.Locale;

/** The lookup benchmark's cases as Markdown, each next to the HTTP floor measured in the same run. */
public final class LookupReport {
    private LookupReport() {
    }

    public static String fill(LookupBenchmark.Fill fill) {
        if (fill.added() == 0) {
            return String.format(Locale.ROOT, "fill: %,d profiles from the data directory%n", fill.profiles());
        }
        return String.format(Locale.ROOT, "fill: %,d profiles in %.1f s (%,.0f profiles/s)%n",
            fill.added(), fill.seconds(), fill.rate());
    }

    /** One row per case; the ratios are against the first case, the {@code /health} floor. */
    public static String table(List<LookupBenchmark.Case> cases) {
        LookupLoad.Result floor = cases.get(0).result();
        StringBuilder out = new StringBuilder()
            .append("| case | instance | hops | keys | requests | requests/s | slowest–fastest round | p50 ms | p99 ms "
                + "| p99.9 ms | max ms | p50 × floor | p99 × floor | requests/s ÷ floor |\n")
            .append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (LookupBenchmark.Case c : cases) {
            LookupLoad.Result r = c.result();
            Percentiles p = r.micros();
            out.append(String.format(Locale.ROOT,
                "| %s | %s | %d | %,d | %,d | %,.0f | %,.0f–%,.0f | %s | %s | %s | %s | %.1f | %.1f | %.2f |%n",
                r.name(), c.target(), c.hops(), c.keys(), r.requests(), r.rate(), c.slowestRound(), c.fastestRound(),
                millis(p.p50()), millis(p.p99()),
                millis(p.p999()), millis(p.max()), ratio(p.p50(), floor.micros().p50()),
                ratio(p.p99(), floor.micros().p99()), r.rate() / floor.rate()));
        }
        return out.toString();
    }

    private static String millis(long micros) {
        return String.format(Locale.ROOT, "%.2f", micros / 1000.0);
    }

    private static double ratio(long value, long floor) {
        return (double) value / Math.max(1, floor);
    }
}
