package io.c360.privacy;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A store value serde that seals what the wrapped serde writes with the data key of the subject being worked on
 * (see {@link KeyRing#within}). Values written before sealing existed are read as they are; a value whose key
 * was shredded reads as absent.
 */
public final class SealingSerde<V> implements Serde<V> {
    private final Serde<V> inner;
    private final KeyRing keys;

    public SealingSerde(Serde<V> inner, KeyRing keys) {
        this.inner = inner;
        this.keys = keys;
    }

    @Override
    public Serializer<V> serializer() {
        Serializer<V> plain = inner.serializer();
        return (topic, value) -> value == null ? null : keys.seal(plain.serialize(topic, value));
    }

    @Override
    public Deserializer<V> deserializer() {
        Deserializer<V> plain = inner.deserializer();
        return (topic, bytes) -> {
            if (!DataKeyCipher.isSealed(bytes)) {
                return plain.deserialize(topic, bytes);
            }
            byte[] opened = keys.open(bytes);
            return opened == null ? null : plain.deserialize(topic, opened);
        };
    }
}
