package io.c360.identity.engine;

/** One key-value table of the identity state: a Kafka Streams store in the topology, a map in batch and tests. */
public interface Table<V> {
    /** The value, or null when the key is absent. */
    V get(String key);

    void put(String key, V value);

    void delete(String key);
}
