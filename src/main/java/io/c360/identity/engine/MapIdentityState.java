package io.c360.identity.engine;

import java.util.HashMap;
import java.util.Map;

import io.c360.avro.CustomerIdentity;
import io.c360.avro.IdentityRecord;
import io.c360.avro.IndexEntry;
import io.c360.avro.RecordLinks;
import io.c360.avro.ReviewItem;

/** Identity state in hash maps: the batch resolve command and unit tests. */
public final class MapIdentityState implements IdentityState {
    /** A table over a hash map. */
    public static final class MapTable<V> implements Table<V> {
        private final Map<String, V> map = new HashMap<>();

        @Override
        public V get(String key) {
            return map.get(key);
        }

        @Override
        public void put(String key, V value) {
            map.put(key, value);
        }

        @Override
        public void delete(String key) {
            map.remove(key);
        }

        public Map<String, V> asMap() {
            return map;
        }
    }

    private final MapTable<IdentityRecord> records = new MapTable<>();
    private final MapTable<IndexEntry> index = new MapTable<>();
    private final MapTable<RecordLinks> links = new MapTable<>();
    private final MapTable<String> assignments = new MapTable<>();
    private final MapTable<CustomerIdentity> customers = new MapTable<>();
    private final MapTable<String> mergedInto = new MapTable<>();
    private final MapTable<ReviewItem> reviews = new MapTable<>();

    @Override
    public MapTable<IdentityRecord> records() {
        return records;
    }

    @Override
    public MapTable<IndexEntry> index() {
        return index;
    }

    @Override
    public MapTable<RecordLinks> links() {
        return links;
    }

    @Override
    public MapTable<String> assignments() {
        return assignments;
    }

    @Override
    public MapTable<CustomerIdentity> customers() {
        return customers;
    }

    @Override
    public MapTable<String> mergedInto() {
        return mergedInto;
    }

    @Override
    public MapTable<ReviewItem> reviews() {
        return reviews;
    }
}
