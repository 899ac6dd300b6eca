package io.c360.privacy.verify;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The records of one partition in offset order. A record about her is classified once the whole partition is
 * read, since only then is it known whether a later record of the same key supersedes it.
 */
final class PartitionScan {
    private record Pending(long offset, ByteBuffer key, Observation observation, boolean afterErasure) {
    }

    private final String location;
    private final boolean compacted;
    private final long erasedAtMillis;
    private final Map<ByteBuffer, Long> lastOffset = new HashMap<>();
    private final Map<ByteBuffer, Boolean> lastWrittenAfterErasure = new HashMap<>();
    private final List<Pending> pending = new ArrayList<>();
    private long records;

    /**
     * @param location       topic-partition, prefixed to the offsets of the findings
     * @param erasedAtMillis when she was erased: records with a later timestamp were written for later events
     */
    PartitionScan(String location, boolean compacted, long erasedAtMillis) {
        this.location = location;
        this.compacted = compacted;
        this.erasedAtMillis = erasedAtMillis;
    }

    void add(long offset, long timestamp, byte[] key, boolean tombstone, Observation observation) {
        records++;
        ByteBuffer keyBytes = key == null ? null : ByteBuffer.wrap(key);
        boolean after = timestamp > erasedAtMillis;
        if (compacted && keyBytes != null) {
            lastOffset.put(keyBytes, offset);
            lastWrittenAfterErasure.put(keyBytes, after && !tombstone);
        }
        if (observation.concernsHer()) {
            pending.add(new Pending(offset, keyBytes, observation, after));
        }
    }

    /** Keys whose current value was written for an event after the erasure (a tombstone does not count). */
    void collectKeysWrittenAfterErasure(java.util.Set<String> into) {
        lastWrittenAfterErasure.forEach((key, after) -> {
            if (after) {
                into.add(java.nio.charset.StandardCharsets.UTF_8.decode(key.duplicate()).toString());
            }
        });
    }

    /** @param sheCameBack the source topics hold an event of hers after the erasure: later data may be hers anew */
    void finish(SourceReport report, boolean sheCameBack) {
        report.scanned(records);
        for (Pending record : pending) {
            boolean superseded = compacted && record.key() != null && lastOffset.get(record.key()) > record.offset();
            record.observation().classify(superseded, sheCameBack && record.afterErasure()).ifPresent(exposure -> report.add(
                new Finding(location + "@" + record.offset(), exposure, record.observation().hits())));
        }
    }
}
