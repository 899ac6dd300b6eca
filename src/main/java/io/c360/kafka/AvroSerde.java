package io.c360.kafka;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.Encoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.message.BadHeaderException;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serde for one generated Avro record class in Avro single-object encoding: the header {@code C3 01},
 * the 8-byte little-endian CRC-64-AVRO fingerprint of the writer schema, then the binary datum. A
 * record written with any schema in the {@link SchemaStore} (see {@link KnownSchemas}) is resolved
 * to the current class. Null maps to null both ways, so tombstones pass through.
 *
 * <p>Encoding writes what Avro's {@code BinaryMessageEncoder} writes (header, fingerprint, datum through the
 * class's {@link SpecificDatumWriter}), optionally copying records already encoded ({@link EncodedOnce}). Decoding follows {@code BinaryMessageDecoder} step by
 * step (same header check, same exceptions, same writer-to-reader resolution) but reads the datum with
 * Avro's array-backed decoder: {@code BinaryMessageDecoder} reads through the unbuffered "direct"
 * decoder, which cannot check a declared string, bytes or array length against the bytes present, so
 * a 15-byte record claiming a 1 GB string made it allocate 1 GB (OutOfMemoryError at -Xmx512m). The
 * array-backed decoder rejects such a length before allocating.
 *
 * <p>Failures to decode are Kafka {@link SerializationException}s whose cause tells them apart:
 * {@link BadHeaderException} when the bytes are not single-object encoded, {@link
 * MissingSchemaException} when the fingerprint names no known schema, anything else for corrupt or
 * truncated data.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {

    private static final byte MAGIC_0 = (byte) 0xC3;
    private static final byte MAGIC_1 = 0x01;
    private static final int HEADER_LENGTH = 10;

    private final Class<T> type;
    private final Schema schema;
    private final long fingerprint;
    private final SpecificData model;
    private final SchemaStore store;
    private static final ThreadLocal<BinaryEncoder> ENCODER = new ThreadLocal<>();

    private final byte[] header;
    private final DatumWriter<T> writer;
    private final Map<Long, DatumReader<T>> readers = new ConcurrentHashMap<>();
    private final int maxBytes;

    public AvroSerde(Class<T> type, SchemaStore store) {
        this(type, store, null, Integer.MAX_VALUE);
    }

    /**
     * A serde that copies the bytes of records {@code reuse} has seen encoded, rather than encoding them again, and
     * refuses to encode a record larger than {@code maxBytes}.
     */
    public AvroSerde(Class<T> type, SchemaStore store, EncodedOnce reuse, int maxBytes) {
        this.maxBytes = maxBytes;
        this.type = Objects.requireNonNull(type, "type");
        this.store = Objects.requireNonNull(store, "store");
        // the class's own model carries its logical-type conversions (timestamp-millis <-> Instant)
        this.model = SpecificData.getForClass(type);
        this.schema = model.getSchema(type);
        this.fingerprint = SchemaNormalization.parsingFingerprint64(schema);
        this.header = ByteBuffer.allocate(HEADER_LENGTH).order(ByteOrder.LITTLE_ENDIAN)
            .put(MAGIC_0).put(MAGIC_1).putLong(fingerprint).array();
        this.writer = new Writer<>(schema, model, reuse);
    }

    public Class<T> type() {
        return type;
    }

    public Schema schema() {
        return schema;
    }

    /** Single-object encoding of {@code value}; null for null. */
    public byte[] serialize(T value) {
        return encode(null, value);
    }

    /** The record in {@code data}, resolved to the current class; null for null. */
    public T deserialize(byte[] data) {
        return decode(null, data);
    }

    @Override
    public Serializer<T> serializer() {
        return this::encode;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this::decode;
    }

    private byte[] encode(String topic, T value) {
        if (value == null) {
            return null;
        }
        EncodedOnce.Buffer out = new EncodedOnce.Buffer(256);
        try {
            out.write(header);
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, ENCODER.get());
            ENCODER.set(encoder);
            Writer.OUT.set(out);
            try {
                writer.write(value, encoder);
            } finally {
                Writer.OUT.remove();
            }
            encoder.flush();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot encode " + describe(topic) + ": " + e.getMessage(), e);
        }
        byte[] bytes = out.toByteArray();
        if (bytes.length > maxBytes) {
            // refused here, before the producer: under exactly-once a record the producer rejects as too large
            // fails the whole transaction, and the task would retry the same input forever
            throw new SerializationException(schema.getName() + " of " + bytes.length + " bytes for "
                + describe(topic) + " exceeds the " + maxBytes + "-byte limit of a record (c360.record.max.bytes)");
        }
        return bytes;
    }


    private T decode(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return read(data);
        } catch (BadHeaderException | MissingSchemaException e) {
            throw new SerializationException("cannot decode " + describe(topic) + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot decode " + describe(topic)
                    + ": corrupt, truncated or unresolvable Avro data (" + e + ")", e);
        }
    }

    private T read(byte[] data) throws IOException {
        if (data.length < HEADER_LENGTH || data[0] != MAGIC_0 || data[1] != MAGIC_1) {
            throw new BadHeaderException("not Avro single-object encoded (BadHeaderException): expected header "
                    + "C3 01 and an 8-byte schema fingerprint, got " + preview(data));
        }
        long fingerprint = ByteBuffer.wrap(data, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        DatumReader<T> reader = readers.computeIfAbsent(fingerprint, this::readerFor);
        BinaryDecoder in = DecoderFactory.get()
                .binaryDecoder(data, HEADER_LENGTH, data.length - HEADER_LENGTH, null);
        Object value = reader.read(null, in);
        if (!in.isEnd()) {
            throw new IOException("bytes left over after the record");
        }
        if (!type.isInstance(value)) {
            throw new IllegalStateException("decoded a " + value.getClass().getName() + " instead of "
                    + type.getName() + "; is " + type.getPackageName()
                    + " listed in the system property org.apache.avro.SERIALIZABLE_PACKAGES?");
        }
        return type.cast(value);
    }

    /** The class's writer, copying the records {@link EncodedOnce} already holds the bytes of. */
    private static final class Writer<T> extends SpecificDatumWriter<T> {
        /** The buffer being encoded into on this thread: the direct encoder writes through at once. */
        static final ThreadLocal<EncodedOnce.Buffer> OUT = new ThreadLocal<>();
        private final EncodedOnce reuse;

        Writer(Schema schema, SpecificData model, EncodedOnce reuse) {
            super(schema, model);
            this.reuse = reuse;
        }

        @Override
        protected void writeRecord(Schema schema, Object datum, Encoder out) throws IOException {
            EncodedOnce.Buffer buffer = OUT.get();
            if (reuse == null || buffer == null || !reuse.covers(schema)) {
                super.writeRecord(schema, datum, out);
                return;
            }
            byte[] known = reuse.take(schema, datum);
            if (known != null) {
                out.writeFixed(known);
                return;
            }
            int from = buffer.size();
            super.writeRecord(schema, datum, out);
            reuse.remember(schema, datum, buffer, from);
        }
    }

    @SuppressWarnings("unchecked")
    private DatumReader<T> readerFor(long fingerprint) {
        // like BinaryMessageDecoder, the class's own schema is always readable, store or not
        Schema writer = fingerprint == this.fingerprint ? schema : store.findByFingerprint(fingerprint);
        if (writer == null) {
            throw new MissingSchemaException(String.format("unknown schema fingerprint 0x%016X "
                    + "(MissingSchemaException): the writer's schema is not among the known schemas; "
                    + "if it is an older version of %s, add it under %s", fingerprint, schema.getName(),
                    KnownSchemas.HISTORY_FOLDER));
        }
        return (DatumReader<T>) model.createDatumReader(writer, schema);
    }

    private String describe(String topic) {
        return schema.getName() + (topic == null ? "" : " (topic '" + topic + "')");
    }

    private static String preview(byte[] data) {
        int shown = Math.min(data.length, HEADER_LENGTH);
        String hex = HexFormat.ofDelimiter(" ").withUpperCase().formatHex(data, 0, shown);
        return data.length == 0 ? "no bytes" : hex + (data.length > shown ? " ..." : "")
                + " (" + data.length + " bytes)";
    }
}
