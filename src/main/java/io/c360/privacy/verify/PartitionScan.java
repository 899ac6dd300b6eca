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
    private record Pending(long offset, ByteBuffer key, Observation observation) {
    }

    private final String location;
    private final boolean compacted;
    private final Map<ByteBuffer, Long> lastOffset = new HashMap<>();
    private final List<Pending> pending = new ArrayList<>();
    private long records;

    /** @param location topic-partition, prefixed to the offsets of the findings */
    PartitionScan(String location, boolean compacted) {
        this.location = location;
        this.compacted = compacted;
    }

    void add(long offset, byte[] key, Observation observation) {
        records++;
        ByteBuffer keyBytes = key == null ? null : ByteBuffer.wrap(key);
        if (compacted && keyBytes != null) {
            lastOffset.put(keyBytes, offset);
        }
        if (observation.concernsHer()) {
            pending.add(new Pending(offset, keyBytes, observation));
        }
    }

    void finish(SourceReport report) {
        report.scanned(records);
        for (Pending record : pending) {
            boolean superseded = compacted && record.key() != null && lastOffset.get(record.key()) > record.offset();
            record.observation().classify(superseded).ifPresent(exposure -> report.add(
                new Finding(location + "@" + record.offset(), exposure, record.observation().hits())));
        }
    }
}
