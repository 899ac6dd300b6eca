package io.c360.privacy.verify;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One topic read to its end, its records about her pending until {@link #finish}: whether her data written for
 * events after the erasure is her new life is known only once the source topics are read, and they are read last.
 */
final class TopicScan {
    private final SourceReport report;
    private final boolean compacted;
    private final long erasedAtMillis;
    private final Map<Integer, PartitionScan> partitions = new TreeMap<>();

    TopicScan(SourceReport report, boolean compacted, long erasedAtMillis) {
        this.report = report;
        this.compacted = compacted;
        this.erasedAtMillis = erasedAtMillis;
    }

    void add(int partition, long offset, long timestamp, byte[] key, boolean tombstone, Observation observation) {
        partitions.computeIfAbsent(partition, p -> new PartitionScan(report.name() + "-" + p, compacted, erasedAtMillis))
            .add(offset, timestamp, key, tombstone, observation);
    }

    /** Keys whose current value was written for an event after the erasure, when this topic is a changelog. */
    void collectKeysWrittenAfterErasure(Set<String> into) {
        if (report.name().endsWith("-changelog")) {
            partitions.values().forEach(scan -> scan.collectKeysWrittenAfterErasure(into));
        }
    }

    /** @param sheCameBack the source topics hold an event of hers after the erasure: later data may be hers anew */
    SourceReport finish(boolean sheCameBack) {
        partitions.values().forEach(scan -> scan.finish(report, sheCameBack));
        return report;
    }
}
