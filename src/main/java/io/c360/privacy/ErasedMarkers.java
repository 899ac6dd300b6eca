package io.c360.privacy;

import java.time.Instant;
import java.util.Collection;

import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Remembers, as keyed hashes, the source records and identifiers of erased customers and when they were erased,
 * so events that happened before the erasure — late arrivals, or a replay of the input topics — are ignored
 * instead of bringing the person back. What happens after the erasure is a new relationship and is kept.
 */
public final class ErasedMarkers {
    private static final String RECORD = "record|";
    private static final String IDENTIFIER = "identifier|";

    private final KeyValueStore<String, String> store;
    private final Pseudonyms pseudonyms;

    public ErasedMarkers(KeyValueStore<String, String> store, Pseudonyms pseudonyms) {
        this.store = store;
        this.pseudonyms = pseudonyms;
    }

    public void mark(Collection<String> recordKeys, Collection<String> identifierKeys, Instant erasedAt) {
        String at = Long.toString(erasedAt.toEpochMilli());
        recordKeys.forEach(key -> store.put(pseudonyms.of(RECORD + key), at));
        identifierKeys.forEach(key -> store.put(pseudonyms.of(IDENTIFIER + key), at));
    }

    /** Whether an event of this time, record and identifiers belongs to a person erased after it happened. */
    public boolean erasedAfter(Instant eventTime, String recordKey, Collection<String> identifierKeys) {
        if (erasedAfter(eventTime, RECORD + recordKey)) {
            return true;
        }
        return identifierKeys.stream().anyMatch(key -> erasedAfter(eventTime, IDENTIFIER + key));
    }

    private boolean erasedAfter(Instant eventTime, String value) {
        String at = store.get(pseudonyms.of(value));
        return at != null && eventTime.toEpochMilli() <= Long.parseLong(at);
    }
}
