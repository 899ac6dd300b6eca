package io.c360.identity;

import io.c360.avro.CustomerIdentity;
import io.c360.avro.IdentityRecord;
import io.c360.avro.IndexEntry;
import io.c360.avro.RecordLinks;
import io.c360.avro.ReviewItem;
import io.c360.identity.engine.IdentityState;
import io.c360.identity.engine.Table;
import io.c360.privacy.IndexKeys;
import io.c360.privacy.Sealing;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;

/** The identity state in the identity stage's Kafka Streams stores (RocksDB with changelogs). */
final class StoreIdentityState implements IdentityState {
    /** Names of the stores, one per table. */
    record StoreNames(String records, String index, String links, String assignments, String customers,
                      String mergedInto, String reviews) {
    }

    private record StoreTable<V>(KeyValueStore<String, V> store) implements Table<V> {
        @Override
        public V get(String key) {
            return store.get(key);
        }

        @Override
        public void put(String key, V value) {
            store.put(key, value);
        }

        @Override
        public void delete(String key) {
            store.delete(key);
        }
    }

    /** A table whose keys are stored as keyed hashes: the index keys carry e-mails, phones and names. */
    private record HashedKeys<V>(Table<V> table, IndexKeys keys) implements Table<V> {
        @Override
        public V get(String key) {
            return table.get(keys.stored(key));
        }

        @Override
        public void put(String key, V value) {
            table.put(keys.stored(key), value);
        }

        @Override
        public void delete(String key) {
            table.delete(keys.stored(key));
        }
    }

    private final Table<IdentityRecord> records;
    private final Table<IndexEntry> index;
    private final Table<RecordLinks> links;
    private final Table<String> assignments;
    private final Table<CustomerIdentity> customers;
    private final Table<String> mergedInto;
    private final Table<ReviewItem> reviews;

    /** A table whose values are sealed with the data key of their own key (a record, customer or pair). */
    private record SealedTable<V>(Table<V> table, Sealing sealing) implements Table<V> {
        @Override
        public V get(String key) {
            return table.get(key);
        }

        @Override
        public void put(String key, V value) {
            sealing.as(key, () -> table.put(key, value));
        }

        @Override
        public void delete(String key) {
            table.delete(key);
        }
    }

    StoreIdentityState(ProcessorContext<?, ?> context, StoreNames names, IndexKeys indexKeys, Sealing sealing) {
        this.records = new SealedTable<>(table(context, names.records()), sealing);
        this.index = new HashedKeys<>(table(context, names.index()), indexKeys);
        this.links = table(context, names.links());
        this.assignments = table(context, names.assignments());
        this.customers = new SealedTable<>(table(context, names.customers()), sealing);
        this.mergedInto = table(context, names.mergedInto());
        this.reviews = new SealedTable<>(table(context, names.reviews()), sealing);
    }

    private static <V> Table<V> table(ProcessorContext<?, ?> context, String name) {
        KeyValueStore<String, V> store = context.getStateStore(name);
        return new StoreTable<>(store);
    }

    @Override
    public Table<IdentityRecord> records() {
        return records;
    }

    @Override
    public Table<IndexEntry> index() {
        return index;
    }

    @Override
    public Table<RecordLinks> links() {
        return links;
    }

    @Override
    public Table<String> assignments() {
        return assignments;
    }

    @Override
    public Table<CustomerIdentity> customers() {
        return customers;
    }

    @Override
    public Table<String> mergedInto() {
        return mergedInto;
    }

    @Override
    public Table<ReviewItem> reviews() {
        return reviews;
    }
}
