package io.c360.profile.search;

import java.util.HashSet;
import java.util.Set;

import io.c360.avro.CustomerProfile;
import org.apache.kafka.streams.state.KeyValueStore;

/** Keeps the search index in step with profiles: only keys that changed are written or deleted. */
public final class SearchIndexer {
    private SearchIndexer() {
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
