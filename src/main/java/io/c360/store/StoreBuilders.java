package io.c360.store;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/** Builders of c360's persistent (RocksDB) stores; all but the unlogged ones are backed by a changelog topic. */
public final class StoreBuilders {
    private StoreBuilders() {
    }

    /**
     * A persistent store with a record cache: the writes of one key within a commit reach RocksDB and the
     * changelog once, at the commit (several events of one customer, a record and its customer touched by the
     * same event). Reads, scans included, see the cache.
     */
    public static <K, V> StoreBuilder<KeyValueStore<K, V>> persistentKeyValue(String name, Serde<K> keySerde,
                                                                              Serde<V> valueSerde) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), keySerde, valueSerde)
            .withCachingEnabled();
    }

    /**
     * A persistent store without changelog, for data that must never reach a Kafka log and that its processor
     * rebuilds from logged stores when it initializes (after their restore).
     */
    public static <K, V> StoreBuilder<KeyValueStore<K, V>> unlogged(String name, Serde<K> keySerde, Serde<V> valueSerde) {
        return persistentKeyValue(name, keySerde, valueSerde).withLoggingDisabled();
    }

    /**
     * A store of data keys. Its changelog is compacted eagerly (small segments, any dirt cleanable, tombstones
     * kept one minute) and its cache is off, so a shredded key leaves Kafka within minutes rather than whenever
     * the log happens to be cleaned.
     */
    public static StoreBuilder<KeyValueStore<String, byte[]>> dataKeys(String name) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), Serdes.ByteArray())
            .withCachingDisabled()
            .withLoggingEnabled(java.util.Map.of("cleanup.policy", "compact", "segment.ms", "60000",
                "min.cleanable.dirty.ratio", "0.01", "delete.retention.ms", "60000", "max.compaction.lag.ms", "120000"));
    }
}
