package io.c360.store;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/** Builders of c360's persistent (RocksDB) stores; each is backed by a changelog topic for restore. */
public final class StoreBuilders {
    private StoreBuilders() {
    }

    public static <K, V> StoreBuilder<KeyValueStore<K, V>> persistentKeyValue(String name, Serde<K> keySerde,
                                                                              Serde<V> valueSerde) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), keySerde, valueSerde);
    }
}
