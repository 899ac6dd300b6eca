package io.c360.privacy.verify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What was found of her in one topic or local store. */
public final class SourceReport {
    /** Where the bytes were read. */
    public enum Kind {
        /** A topic c360 writes: its outputs, internal topics and changelogs. */
        C360_TOPIC,
        /** A topic source systems write: their touchpoints and erasure requests. */
        UPSTREAM_TOPIC,
        /** A RocksDB store in this instance's state directory. */
        LOCAL_STORE
    }

    private final String name;
    private final Kind kind;
    private final String settings;
    private final Map<Exposure, Integer> counts = new EnumMap<>(Exposure.class);
    private final List<Finding> findings = new ArrayList<>();
    private long scanned;

    /** @param settings how the source forgets: a topic's cleanup and compaction settings; empty for a store */
    public SourceReport(String name, Kind kind, String settings) {
        this.name = name;
        this.kind = kind;
        this.settings = settings;
    }

    void scanned(long records) {
        scanned += records;
    }

    void add(Finding finding) {
        counts.merge(finding.exposure(), 1, Integer::sum);
        findings.add(finding);
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public String settings() {
        return settings;
    }

    public long scanned() {
        return scanned;
    }

    public int count(Exposure exposure) {
        return counts.getOrDefault(exposure, 0);
    }

    public List<Finding> findings() {
        return findings;
    }

    public boolean hasFindings() {
        return !findings.isEmpty();
    }
}
