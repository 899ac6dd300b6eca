package io.c360.profile;

import java.util.ArrayList;

import io.c360.avro.PendingRecord;
import io.c360.avro.RecordEvent;
import io.c360.avro.WithdrawContribution;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Records on their way to a customer: the record stage sends a moved record's events straight to its new customer,
 * while the contribution travels through the customer it left, one hop more. What arrives for the record before its
 * hand-over (events, a move onward) waits here, keyed by the move it belongs to, until the hand-over comes.
 */
final class PendingRecords {
    private final KeyValueStore<String, PendingRecord> store;

    PendingRecords(KeyValueStore<String, PendingRecord> store) {
        this.store = store;
    }

    void hold(String customerId, RecordEvent event) {
        String key = key(customerId, event.getRecordKey(), event.getGeneration());
        PendingRecord pending = orEmpty(store.get(key));
        pending.getEvents().add(event.getEvent());
        store.put(key, pending);
    }

    /** The record leaves again with move {@code onward} before the move that brought it here was handed over. */
    void moveOnward(String customerId, WithdrawContribution onward) {
        String key = key(customerId, onward.getRecordKey(), onward.getGeneration() - 1);
        PendingRecord pending = orEmpty(store.get(key));
        pending.setOnward(onward);
        store.put(key, pending);
    }

    /** What waited for the hand-over of this move, now taken out; empty when nothing did. */
    PendingRecord take(String customerId, String recordKey, long generation) {
        String key = key(customerId, recordKey, generation);
        PendingRecord pending = store.get(key);
        if (pending == null) {
            return orEmpty(null);
        }
        store.delete(key);
        return pending;
    }

    static String prefix(String customerId) {
        return customerId + ProfileProcessor.SEPARATOR;
    }

    private static String key(String customerId, String recordKey, long generation) {
        return prefix(customerId) + recordKey + ProfileProcessor.SEPARATOR + generation;
    }

    private static PendingRecord orEmpty(PendingRecord pending) {
        return pending != null ? pending : new PendingRecord(new ArrayList<>(), null);
    }
}
