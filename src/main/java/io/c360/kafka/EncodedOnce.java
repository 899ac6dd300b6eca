package io.c360.kafka;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.avro.Schema;

/**
 * Lets the serdes of one {@link SerdeFactory} write a large record once per change instead of once per place
 * it goes to. The profile stage puts a profile into its store and then emits the very same instance inside
 * ProfileChanged, and the event into the timeline and then inside ProfileChanged; encoding the whole profile
 * twice per event was a tenth of the stream threads' CPU. Per thread, the bytes of the last record of each
 * covered type that was encoded (alone or nested) are kept; when the same instance is encoded next, its
 * bytes are copied instead, once. Avro's binary encoding of a nested record is the same as of the record
 * alone, so the output is byte for byte what encoding it again would give.
 *
 * <p>Like every Kafka serializer's input, a value must not be changed after it was serialized: a changed
 * instance would be written as it was.
 */
public final class EncodedOnce {
    private final Set<String> covered;
    private final ThreadLocal<Map<String, Encoded>> last = ThreadLocal.withInitial(HashMap::new);

    private record Encoded(Object value, byte[] bytes) {
    }

    /** Reuse for the records of these schemas (full names), e.g. {@code io.c360.avro.CustomerProfile}. */
    public EncodedOnce(Set<String> coveredFullNames) {
        this.covered = Set.copyOf(coveredFullNames);
    }

    boolean covers(Schema schema) {
        return covered.contains(schema.getFullName());
    }

    /** The bytes {@code value} was last encoded to on this thread, or null; each is handed out once. */
    byte[] take(Schema schema, Object value) {
        Map<String, Encoded> byType = last.get();
        Encoded encoded = byType.get(schema.getFullName());
        if (encoded == null || encoded.value != value) {
            return null;
        }
        byType.remove(schema.getFullName());
        return encoded.bytes;
    }

    /** Remembers that {@code value} was just written to {@code out} from {@code from} to its current end. */
    void remember(Schema schema, Object value, Buffer out, int from) {
        last.get().put(schema.getFullName(), new Encoded(value, out.copy(from)));
    }

    /** The output stream the serdes encode into, with access to what was written so far. */
    static final class Buffer extends ByteArrayOutputStream {
        Buffer(int size) {
            super(size);
        }

        byte[] copy(int from) {
            return Arrays.copyOfRange(buf, from, count);
        }
    }
}
