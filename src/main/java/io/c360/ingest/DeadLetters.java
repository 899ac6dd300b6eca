package io.c360.ingest;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;

import io.c360.avro.DeadLetter;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Dead letters: a record c360 could not take, with where it came from and why. The original key and value are
 * kept up to a configured prefix, with the value's full size and SHA-256: a dead letter that copied a record of
 * nearly the broker's limit whole would itself exceed the producer's {@code max.request.size}, and a stream
 * thread that cannot write it stops on the same record forever.
 */
public final class DeadLetters {
    /** The default prefix of the original key and value kept: 64 KiB. */
    public static final int DEFAULT_PREFIX_BYTES = 64 * 1024;
    /** A reason is cut after this many characters (an exception message may quote a whole value). */
    static final int MAX_REASON_CHARS = 4_000;

    private final int prefixBytes;

    public DeadLetters(int prefixBytes) {
        if (prefixBytes < 0) {
            throw new IllegalArgumentException("the dead-letter prefix must be 0 or more bytes, was " + prefixBytes);
        }
        this.prefixBytes = prefixBytes;
    }

    public int prefixBytes() {
        return prefixBytes;
    }

    /** The dead letter for {@code record}, keyed topic/partition/offset so each input record has one. */
    public Record<String, Object> of(ProcessorContext<?, ?> context, Record<byte[], byte[]> record,
                                     String errorType, String reason) {
        RecordMetadata meta = context.recordMetadata().orElse(null);
        String topic = meta == null ? "unknown" : meta.topic();
        int partition = meta == null ? -1 : meta.partition();
        long offset = meta == null ? -1 : meta.offset();
        DeadLetter letter = letter(new Origin(topic, partition, offset), record.key(), record.value(), errorType,
            reason, context.currentSystemTimeMs());
        return new Record<>(key(letter), letter, record.timestamp());
    }

    /** The dead letter of a record read at {@code origin}. */
    public DeadLetter letter(Origin origin, byte[] key, byte[] value, String errorType, String reason, long nowMs) {
        return DeadLetter.newBuilder()
            .setSourceTopic(origin.topic() == null ? "unknown" : origin.topic())
            .setSourcePartition(origin.partition())
            .setSourceOffset(origin.offset())
            .setOriginalKey(prefix(key))
            .setOriginalValue(prefix(value))
            .setOriginalKeySize(key == null ? -1 : key.length)
            .setOriginalValueSize(value == null ? -1 : value.length)
            .setOriginalValueSha256(value == null ? null : sha256(value))
            .setErrorType(errorType)
            .setReason(reason.length() <= MAX_REASON_CHARS ? reason
                : reason.substring(0, MAX_REASON_CHARS) + "… (" + reason.length() + " characters)")
            .setFailedAt(Instant.ofEpochMilli(nowMs))
            .build();
    }

    /** The key c360 gives a dead letter: where its record was read. */
    public static String key(DeadLetter letter) {
        return letter.getSourceTopic() + "/" + letter.getSourcePartition() + "/" + letter.getSourceOffset();
    }

    private ByteBuffer prefix(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        return ByteBuffer.wrap(bytes.length <= prefixBytes ? bytes : Arrays.copyOf(bytes, prefixBytes));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Where the record a dead letter describes was read. */
    public record Origin(String topic, int partition, long offset) {
    }
}
