package io.c360.identity.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

import io.c360.avro.AttributeValue;
import io.c360.avro.IdentityRecord;
import io.c360.identity.CustomerIds;

/**
 * Folds an update into a record. Per attribute the value with the latest event time wins (ties: the larger
 * value), identifiers accumulate: both are commutative, so the record is the same whatever order its events
 * arrive in.
 */
final class RecordMerger {
    private RecordMerger() {
    }

    static IdentityRecord apply(IdentityRecord before, RecordUpdate update) {
        IdentityRecord after = before == null
            ? IdentityRecord.newBuilder()
                .setRecordKey(update.recordKey())
                .setSource(update.source())
                .setFounderId(CustomerIds.newId(update.time(), update.recordKey()))
                .setFirstSeen(update.time())
                .setAttributes(new HashMap<>())
                .setIdentifiers(new java.util.ArrayList<>())
                .build()
            : IdentityRecord.newBuilder(before).build();
        if (update.time().isBefore(after.getFirstSeen())) {
            after.setFirstSeen(update.time());
        }
        Map<String, AttributeValue> attributes = new HashMap<>(after.getAttributes());
        update.attributes().forEach((name, value) -> {
            AttributeValue current = attributes.get(name);
            if (value != null && (current == null || isLater(update, value, current))) {
                attributes.put(name, new AttributeValue(value, update.time()));
            }
        });
        after.setAttributes(attributes);
        TreeSet<String> identifiers = new TreeSet<>(after.getIdentifiers());
        identifiers.addAll(update.identifiers());
        after.setIdentifiers(new java.util.ArrayList<>(identifiers));
        return after;
    }

    private static boolean isLater(RecordUpdate update, String value, AttributeValue current) {
        int byTime = update.time().compareTo(current.getAsOf());
        return byTime > 0 || (byTime == 0 && value.compareTo(current.getValue()) > 0);
    }
}
