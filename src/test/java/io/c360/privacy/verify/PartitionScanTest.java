package io.c360.privacy.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PartitionScanTest {
    private static final Set<Hit> HERS = Set.of(new Hit("email", "abcdefgh"));
    private static final long ERASED_AT = 1_000_000L;

    private static List<String> scan(boolean compacted) {
        PartitionScan scan = new PartitionScan("t-0", compacted, ERASED_AT);
        byte[] a = "a".getBytes(StandardCharsets.UTF_8);
        byte[] b = "b".getBytes(StandardCharsets.UTF_8);
        scan.add(0, ERASED_AT - 10, a, false, new Observation(Set.of(), HERS, false, false));
        scan.add(1, ERASED_AT - 5, b, false, new Observation(Set.of(), HERS, false, false));
        scan.add(2, ERASED_AT + 5, a, false, new Observation(Set.of(), Set.of(), false, false));
        SourceReport report = new SourceReport("t", SourceReport.Kind.C360_TOPIC, "");
        scan.finish(report, true);
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

    @Test
    void herDataWrittenForAnEventAfterTheErasureIsHerNewLifeAndItsKeysAreCollected() {
        PartitionScan scan = new PartitionScan("t-0", true, ERASED_AT);
        byte[] returning = "c-new".getBytes(StandardCharsets.UTF_8);
        byte[] erased = "c-old".getBytes(StandardCharsets.UTF_8);
        scan.add(0, ERASED_AT - 10, erased, false, new Observation(Set.of(), HERS, false, false));
        scan.add(1, ERASED_AT, erased, true, new Observation(Set.of(), Set.of(), true, false));
        scan.add(2, ERASED_AT + 60_000, returning, false, new Observation(Set.of(), HERS, false, false));
        SourceReport report = new SourceReport("t", SourceReport.Kind.C360_TOPIC, "");
        scan.finish(report, true);
        assertEquals(List.of("t-0@0 SUPERSEDED", "t-0@2 AFTER_ERASURE"),
            report.findings().stream().map(f -> f.location() + " " + f.exposure()).toList());
        Set<String> after = new java.util.HashSet<>();
        scan.collectKeysWrittenAfterErasure(after);
        assertEquals(Set.of("c-new"), after, "a tombstone written at the erasure is not later data");
    }

    @Test
    void herDataWrittenAfterTheErasureIsReadableWhenTheSourceTopicsHoldNoLaterEventOfHers() {
        PartitionScan scan = new PartitionScan("t-0", true, ERASED_AT);
        scan.add(0, ERASED_AT + 60_000, "c-new".getBytes(StandardCharsets.UTF_8), false,
            new Observation(Set.of(), HERS, false, false));
        SourceReport report = new SourceReport("t", SourceReport.Kind.C360_TOPIC, "");
        scan.finish(report, false);
        assertEquals(List.of("t-0@0 READABLE"),
            report.findings().stream().map(f -> f.location() + " " + f.exposure()).toList(),
            "a replay of her old events with later timestamps is not a new life");
    }

    @Test
    void herNameAloneInSomeoneElsesSealedRecordIsANamesakeButInClearOrWithAnIdOfHersReadable() {
        Hit name = new Hit(Hit.NAME, "aaaaaaaa+bbbbbbbb");
        assertEquals(java.util.Optional.of(Exposure.NAME_ONLY),
            new Observation(Set.of(), Set.of(name), false, false, true).classify(false), "in someone else's record");
        assertEquals(java.util.Optional.of(Exposure.READABLE),
            new Observation(Set.of(), Set.of(name), false, false, false).classify(false), "in clear bytes");
        assertEquals(java.util.Optional.of(Exposure.NAME_ONLY), new Observation(Set.of(), Set.of(name), false, false)
            .ownedByItsKey().classify(false), "in a feed record keyed by another customer's id");
        assertEquals(java.util.Optional.of(Exposure.READABLE),
            new Observation(Set.of(new Hit(Hit.CUSTOMER_ID, "cccccccc")), Set.of(name), false, false, true)
                .classify(false));
    }
}
