package io.c360.profile.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.c360.avro.CustomerProfile;
import io.c360.kafka.SerdeFactory;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class SearchIndexerTest {
    @Test
    void aRebuildDropsEveryStaleEntryEvenBeyondOneBatch() {
        MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
        KeyValueStore<String, String> index = store("search", Serdes.String(), context);
        KeyValueStore<String, CustomerProfile> profiles = store("profiles", new SerdeFactory().customerProfile(), context);
        int stale = 2 * SearchIndexer.CLEAR_BATCH + 1;
        for (int i = 0; i < stale; i++) {
            index.put("name:someone" + i + "|c-" + i, "c-" + i);
        }

        assertEquals(0, SearchIndexer.rebuild(index, profiles));
        try (KeyValueIterator<String, String> it = index.all()) {
            assertFalse(it.hasNext(), "no entry survives that no profile backs");
        }
    }

    private static <V> KeyValueStore<String, V> store(String name, Serde<V> values,
                                                      MockProcessorContext<Object, Object> context) {
        KeyValueStore<String, V> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name),
            Serdes.String(), values).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        return store;
    }
}
