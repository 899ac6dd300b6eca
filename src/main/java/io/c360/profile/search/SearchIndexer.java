package io.c360.profile.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.c360.avro.CustomerProfile;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps the search index in step with profiles: only keys that changed are written or deleted. The index has no
 * changelog (its keys are name and e-mail prefixes in clear, which no erasure could remove from a log), so it
 * is rebuilt from the sealed profiles whenever its task starts.
 */
public final class SearchIndexer {
    static final int CLEAR_BATCH = 10_000;

    private SearchIndexer() {
    }

    /**
     * Empties the index, then indexes every profile: a store without changelog may hold writes of a transaction
     * that was aborted, or of profiles erased since, so nothing in it is trusted. Returns how many profiles it read.
     */
    public static long rebuild(KeyValueStore<String, String> index, KeyValueStore<String, CustomerProfile> profiles) {
        clear(index);
        long count = 0;
        try (KeyValueIterator<String, CustomerProfile> it = profiles.all()) {
            while (it.hasNext()) {
                update(index, null, it.next().value);
                count++;
            }
        }
        return count;
    }

    /** Deletes every entry, a batch at a time: a large index's keys would not fit in memory at once. */
    private static void clear(KeyValueStore<String, String> index) {
        List<String> batch = new ArrayList<>(CLEAR_BATCH);
        do {
            batch.clear();
            try (KeyValueIterator<String, String> it = index.all()) {
                while (it.hasNext() && batch.size() < CLEAR_BATCH) {
                    batch.add(it.next().key);
                }
            }
            batch.forEach(index::delete);
        } while (batch.size() == CLEAR_BATCH);
    }

    public static void update(KeyValueStore<String, String> index, CustomerProfile before, CustomerProfile after) {
        Set<String> old = SearchKeys.of(before);
        Set<String> now = SearchKeys.of(after);
        Set<String> removed = new HashSet<>(old);
        removed.removeAll(now);
        removed.forEach(index::delete);
        for (String key : now) {
            if (!old.contains(key)) {
                index.put(key, after.getCustomerId());
            }
        }
    }
}
