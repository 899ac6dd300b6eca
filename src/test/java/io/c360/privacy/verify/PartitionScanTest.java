package io.c360.privacy.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PartitionScanTest {
    private static final Set<Hit> HERS = Set.of(new Hit("email", "abcdefgh"));

    private static List<String> scan(boolean compacted) {
        PartitionScan scan = new PartitionScan("t-0", compacted);
        byte[] a = "a".getBytes(StandardCharsets.UTF_8);
        byte[] b = "b".getBytes(StandardCharsets.UTF_8);
        scan.add(0, a, new Observation(Set.of(), HERS, false, false));
        scan.add(1, b, new Observation(Set.of(), HERS, false, false));
        scan.add(2, a, new Observation(Set.of(), Set.of(), false, false));
        SourceReport report = new SourceReport("t", SourceReport.Kind.C360_TOPIC, "");
        scan.finish(report);
        assertEquals(3, report.scanned());
        return report.findings().stream().map(f -> f.location() + " " + f.exposure()).toList();
    }

    @Test
    void inACompactedTopicALaterRecordOfTheSameKeySupersedesHerValue() {
        assertEquals(List.of("t-0@0 SUPERSEDED", "t-0@1 READABLE"), scan(true));
    }

    @Test
    void inATopicThatIsNotCompactedEveryRecordStaysReadable() {
        assertEquals(List.of("t-0@0 READABLE", "t-0@1 READABLE"), scan(false));
    }
}
