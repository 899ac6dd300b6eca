package io.c360.bench;

import java.util.Arrays;

/** Latency percentiles of a set of samples (nearest-rank), in the samples' unit: ms for the pipeline, µs for lookups. */
public record Percentiles(int samples, long p50, long p99, long p999, long max) {

    public static Percentiles of(long[] samplesMillis) {
        if (samplesMillis.length == 0) {
            throw new IllegalArgumentException("no latency samples");
        }
        long[] sorted = samplesMillis.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, rank(sorted, 0.50), rank(sorted, 0.99), rank(sorted, 0.999),
            sorted[sorted.length - 1]);
    }

    private static long rank(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
