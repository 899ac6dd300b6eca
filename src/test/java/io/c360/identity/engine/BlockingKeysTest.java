package io.c360.identity.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.c360.avro.AttributeValue;
import io.c360.avro.IdentityRecord;
import io.c360.identity.match.RecordView;
import org.junit.jupiter.api.Test;

/** Records of one person written in two scripts or two romanisations meet in a block. */
class BlockingKeysTest {
    private final BlockingKeys blocking = new BlockingKeys(BlockingKeys.BLOCKERS);

    @Test
    void aNameInItsScriptMeetsItsRomanisation() {
        assertShareAKey(record("倩", "刘", null), record("Qian", "Liu", null));
        assertShareAKey(record("민지", "한", "1940-08-29"), record("Minji", "Han", "1940-08-29"));
    }

    @Test
    void twoRomanisationsOfOneNameMeet() {
        assertShareAKey(record("Wing", "Cheung", null), record("Wing", "Zhang", null));
        assertShareAKey(record("Ji-young", "Rhee", null), record("Lee", "Jiyoung", null));
    }

    private void assertShareAKey(RecordView a, RecordView b) {
        Set<String> shared = new TreeSet<>(blocking.of(a));
        shared.retainAll(blocking.of(b));
        assertFalse(shared.isEmpty(), blocking.of(a) + " / " + blocking.of(b));
    }

    private static RecordView record(String given, String family, String birthDate) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put("firstName", new AttributeValue(given, Instant.EPOCH));
        values.put("lastName", new AttributeValue(family, Instant.EPOCH));
        if (birthDate != null) {
            values.put("birthDate", new AttributeValue(birthDate, Instant.EPOCH));
        }
        return new RecordView(new IdentityRecord(given + family, "TEST", "c", Instant.EPOCH, values, List.of()));
    }
}
