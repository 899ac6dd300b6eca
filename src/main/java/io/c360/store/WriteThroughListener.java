package io.c360.store;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.internals.InternalProcessorContext;
import org.apache.kafka.streams.processor.internals.ProcessorNode;
import org.apache.kafka.streams.state.internals.CacheFlushListener;
import org.apache.kafka.streams.state.internals.CachedStateStore;
import org.apache.kafka.streams.state.internals.CachingKeyValueStore;
import org.apache.kafka.streams.state.internals.WrappedStateStore;

/**
 * Calls back when a store with a record cache writes an entry through to the store beneath: at each commit, or when
 * the cache evicts it. The callback may forward records as the processor that owns the store; that is how Kafka
 * Streams' own KTables emit one update per key and commit. The Processor API has no public hook for it, so this
 * class is the one place that uses Kafka Streams' internal interfaces (the ones its KTable sources use).
 *
 * <p>The callback gets the key only. It is registered on the cache itself, beneath the store's serdes: the values
 * are not decoded (nor, for a sealed store, decrypted) for it, since its owner knows what it wrote.
 */
public final class WriteThroughListener {
    /** A String key's entry was written through; {@code timestamp} is that of the record that last wrote it. */
    public interface Callback {
        void written(String key, long timestamp);
    }

    private WriteThroughListener() {
    }

    /**
     * Registers {@code callback} for {@code store} (with String keys); call it from the owning processor's
     * {@code init}.
     *
     * @return false when the store has no record cache: every write then goes through at once and no callback comes
     */
    public static boolean register(ProcessorContext<?, ?> context, StateStore store, Callback callback) {
        CachingKeyValueStore cache = cacheOf(store);
        if (cache == null || !(context instanceof InternalProcessorContext<?, ?> internal)) {
            return false;
        }
        ProcessorNode<?, ?, ?, ?> owner = internal.currentNode();
        CacheFlushListener<byte[], byte[]> listener = record -> {
            // a write-through on eviction runs while another processor of the thread is current
            ProcessorNode<?, ?, ?, ?> current = internal.currentNode();
            internal.setCurrentNode(owner);
            try {
                callback.written(new String(record.key(), StandardCharsets.UTF_8), record.timestamp());
            } finally {
                internal.setCurrentNode(current);
            }
        };
        return cache.setFlushListener(listener, false);
    }

    /** Writes every cached entry of the store through now, calling back for each. */
    public static void flush(StateStore store) {
        if (store instanceof CachedStateStore<?, ?> cached) {
            cached.flushCache();
        }
    }

    private static CachingKeyValueStore cacheOf(StateStore store) {
        StateStore layer = store;
        while (layer instanceof WrappedStateStore<?, ?, ?> wrapped) {
            if (layer instanceof CachingKeyValueStore cache) {
                return cache;
            }
            layer = wrapped.wrapped();
        }
        return null;
    }
}
