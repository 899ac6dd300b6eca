package io.c360.store;

import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.internals.InternalProcessorContext;
import org.apache.kafka.streams.processor.internals.ProcessorNode;
import org.apache.kafka.streams.state.internals.CacheFlushListener;
import org.apache.kafka.streams.state.internals.CachedStateStore;

/**
 * Calls back when a store with a record cache writes an entry through to the store beneath: at each commit, or when
 * the cache evicts it. The callback gets the value as of the previous write-through and the value now, and may
 * forward records as the processor that owns the store; that is how Kafka Streams' own KTables emit one update per
 * key and commit. The Processor API has no public hook for it, so this class is the one place that uses Kafka
 * Streams' internal interfaces (the ones its KTable sources use).
 */
public final class WriteThroughListener {
    /** What a write-through tells: the key, its value before (null: none) and now (null: deleted), the timestamp. */
    public interface Callback<K, V> {
        void written(K key, V before, V after, long timestamp);
    }

    private WriteThroughListener() {
    }

    /**
     * Registers {@code callback} for {@code store}; call it from the owning processor's {@code init}.
     *
     * @return false when the store has no record cache: every write then goes through at once and no callback comes
     */
    @SuppressWarnings("unchecked")
    public static <K, V> boolean register(ProcessorContext<?, ?> context, StateStore store, Callback<K, V> callback) {
        if (!(store instanceof CachedStateStore<?, ?> cached) || !(context instanceof InternalProcessorContext<?, ?> internal)) {
            return false;
        }
        ProcessorNode<?, ?, ?, ?> owner = internal.currentNode();
        CacheFlushListener<K, V> listener = record -> {
            // a write-through on eviction runs while another processor of the thread is current
            ProcessorNode<?, ?, ?, ?> current = internal.currentNode();
            internal.setCurrentNode(owner);
            try {
                callback.written(record.key(), record.value().oldValue, record.value().newValue, record.timestamp());
            } finally {
                internal.setCurrentNode(current);
            }
        };
        return ((CachedStateStore<K, V>) cached).setFlushListener(listener, true);
    }

    /** Writes every cached entry of the store through now, calling back for each. */
    public static void flush(StateStore store) {
        if (store instanceof CachedStateStore<?, ?> cached) {
            cached.flushCache();
        }
    }
}
