package io.c360.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.c360.avro.DeadLetter;
import io.c360.kafka.SerdeFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeadLetterExceptionHandlerTest {
    private static final String DLQ = "c360.dead-letter";
    private static final byte[] RAW = "the input record".getBytes(StandardCharsets.UTF_8);
    private final DeadLetterExceptionHandler handler = new DeadLetterExceptionHandler();

    @BeforeEach
    void configure() {
        handler.configure(Map.of(DeadLetterExceptionHandler.TOPIC, DLQ, DeadLetterExceptionHandler.PREFIX_BYTES, "4"));
    }

    @Test
    void aFailedProcessorDeadLettersTheInputRecordAndGoesOn() {
        ProcessingExceptionHandler.Response response = handler.handleError(context(), new Record<>("k", "v", 0L),
            new IllegalStateException("a bug"));
        assertEquals(ProcessingExceptionHandler.Result.RESUME, response.result());
        DeadLetter letter = only(response.deadLetterQueueRecords());
        assertEquals("PROCESSING", letter.getErrorType());
        assertTrue(letter.getReason().contains("resolve-identity") && letter.getReason().contains("a bug"),
            letter.getReason());
        assertEquals(ByteBuffer.wrap("the ".getBytes(StandardCharsets.UTF_8)), letter.getOriginalValue());
        assertEquals(RAW.length, letter.getOriginalValueSize());
        assertEquals("c360.touchpoints.web/1/77", DeadLetters.key(letter));
    }

    @Test
    void aRecordThatCannotBeWrittenDeadLettersItsInputRecord() {
        ProductionExceptionHandler.Response tooLarge = handler.handleError(context(),
            new ProducerRecord<>("c360.profile-changed", new byte[1], new byte[1]), new RecordTooLargeException("x"));
        assertEquals(ProductionExceptionHandler.Result.RESUME, tooLarge.result());
        assertEquals("PRODUCTION", only(tooLarge.deadLetterQueueRecords()).getErrorType());

        ProductionExceptionHandler.Response unencodable = handler.handleSerializationError(context(),
            new ProducerRecord<>("c360.internal.record-commands", "k", "v"), new SerializationException("too big"),
            ProductionExceptionHandler.SerializationExceptionOrigin.VALUE);
        assertEquals(ProductionExceptionHandler.Result.RESUME, unencodable.result());
        assertTrue(only(unencodable.deadLetterQueueRecords()).getReason().contains("c360.internal.record-commands"));
    }

    @Test
    void aDeadLetterThatCannotBeWrittenIsNotRetriedAsAnother() {
        ProductionExceptionHandler.Response response = handler.handleError(context(),
            new ProducerRecord<>(DLQ, new byte[1], new byte[1]), new RecordTooLargeException("x"));
        assertEquals(ProductionExceptionHandler.Result.RESUME, response.result());
        assertTrue(response.deadLetterQueueRecords().isEmpty());
    }

    @Test
    void anUnreadableInternalRecordIsDeadLettered() {
        ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>("c360.internal.customer-commands", 2, 9,
            "c-1".getBytes(StandardCharsets.UTF_8), RAW);
        DeadLetter letter = only(handler.handleError(context(), record, new SerializationException("bad bytes"))
            .deadLetterQueueRecords());
        assertEquals("DESERIALIZATION", letter.getErrorType());
        assertEquals("c360.internal.customer-commands/2/9", DeadLetters.key(letter));
    }

    @Test
    void refusesToStartWithoutItsTopic() {
        assertThrows(IllegalArgumentException.class, () -> new DeadLetterExceptionHandler().configure(Map.of()));
    }

    private static DeadLetter only(List<ProducerRecord<byte[], byte[]>> records) {
        assertEquals(1, records.size());
        assertEquals(DLQ, records.get(0).topic());
        return new SerdeFactory().deadLetter().deserialize(records.get(0).value());
    }

    private static ErrorHandlerContext context() {
        return new ErrorHandlerContext() {
            public String topic() {
                return "c360.touchpoints.web";
            }

            public int partition() {
                return 1;
            }

            public long offset() {
                return 77;
            }

            public Headers headers() {
                return new RecordHeaders();
            }

            public String processorNodeId() {
                return "resolve-identity";
            }

            public TaskId taskId() {
                return new TaskId(1, 1);
            }

            public long timestamp() {
                return 0;
            }

            public byte[] sourceRawKey() {
                return null;
            }

            public byte[] sourceRawValue() {
                return RAW;
            }
        };
    }
}
