package io.c360.query;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** Finds which instance holds a key of a store, and reads this instance's stores. */
public final class StoreRouter {
    private final KafkaStreams streams;
    private final HostInfo self;
    private final StringSerializer keySerializer = new StringSerializer();

    public StoreRouter(KafkaStreams streams, HostInfo self) {
        this.streams = streams;
        this.self = self;
    }

    public boolean isSelf(HostInfo host) {
        return self.equals(host);
    }

    /** The instance holding {@code key} of {@code store} (for stores keyed by it, or co-partitioned with it). */
    public HostInfo owner(String store, String key) {
        KeyQueryMetadata metadata;
        try {
            metadata = streams.queryMetadataForKey(store, key, keySerializer);
        } catch (IllegalStateException e) {
            throw new StoreUnavailableException("Kafka Streams is not running yet", e);
        }
        if (metadata == null || metadata.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
            throw new StoreUnavailableException("the owner of store " + store + " is not known yet (rebalancing)");
        }
        return metadata.activeHost();
    }

    public List<HostInfo> instancesWith(String store) {
        try {
            return streams.streamsMetadataForStore(store).stream().map(StreamsMetadata::hostInfo).toList();
        } catch (IllegalStateException e) {
            throw new StoreUnavailableException("Kafka Streams is not running yet", e);
        }
    }

    /** Reads this instance's part of a key-value store; a store that is moving answers 503, not an error. */
    public <V, T> T readLocal(String store, Class<V> valueType, Function<ReadOnlyKeyValueStore<String, V>, T> read) {
        return guarded(store, () -> read.apply(streams.store(
            StoreQueryParameters.fromNameAndType(store, QueryableStoreTypes.<String, V>keyValueStore()))));
    }

    private static <T> T guarded(String store, Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidStateStoreException e) {
            throw new StoreUnavailableException("store " + store + " is not queryable yet: " + e.getMessage(), e);
        }
    }
}
