package io.c360.ingest;

import java.nio.ByteBuffer;
import java.time.Instant;

import io.c360.avro.DeadLetter;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/** Dead letters: an input record c360 could not take, kept whole with where it came from and why. */
public final class DeadLetters {
    private DeadLetters() {
    }

    /** The dead letter for {@code record}, keyed topic/partition/offset so each input record has one. */
    public static Record<String, Object> of(ProcessorContext<?, ?> context, Record<byte[], byte[]> record,
                                            String errorType, String reason) {
        RecordMetadata meta = context.recordMetadata().orElse(null);
        String topic = meta == null ? "unknown" : meta.topic();
        int partition = meta == null ? -1 : meta.partition();
        long offset = meta == null ? -1 : meta.offset();
        DeadLetter letter = DeadLetter.newBuilder()
            .setSourceTopic(topic)
            .setSourcePartition(partition)
            .setSourceOffset(offset)
            .setOriginalKey(record.key() == null ? null : ByteBuffer.wrap(record.key()))
            .setOriginalValue(record.value() == null ? null : ByteBuffer.wrap(record.value()))
            .setErrorType(errorType)
            .setReason(reason)
            .setFailedAt(Instant.ofEpochMilli(context.currentSystemTimeMs()))
            .build();
        return new Record<>(topic + "/" + partition + "/" + offset, letter, record.timestamp());
    }
}
