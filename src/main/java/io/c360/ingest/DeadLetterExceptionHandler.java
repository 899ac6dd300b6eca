package io.c360.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.c360.avro.DeadLetter;
import io.c360.kafka.AvroSerde;
import io.c360.kafka.SerdeFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Kafka Streams does when a record cannot be processed, read from an internal topic or written: it writes a
 * dead letter for the input record behind it, in the same transaction, and goes on with the next record. The
 * default handlers stop the stream thread, and its replacement stops again on the same record, forever.
 *
 * <p>Configured through the Streams config map, which carries {@value #TOPIC} and {@value #PREFIX_BYTES}.
 */
public final class DeadLetterExceptionHandler
    implements ProcessingExceptionHandler, ProductionExceptionHandler, DeserializationExceptionHandler {
    public static final String TOPIC = "c360.topic.dead.letter";
    public static final String PREFIX_BYTES = "c360.dead.letter.original.prefix.bytes";
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterExceptionHandler.class);

    private final AvroSerde<DeadLetter> serde = new SerdeFactory().deadLetter();
    private String topic;
    private DeadLetters letters;

    @Override
    public void configure(Map<String, ?> configs) {
        Object name = configs.get(TOPIC);
        Object prefix = configs.get(PREFIX_BYTES);
        if (name == null || prefix == null) {
            throw new IllegalArgumentException("the Streams config must carry " + TOPIC + " and " + PREFIX_BYTES);
        }
        topic = name.toString();
        letters = new DeadLetters(Integer.parseInt(prefix.toString().trim()));
    }

    @Override
    public ProcessingExceptionHandler.Response handleError(ErrorHandlerContext context, Record<?, ?> record,
                                                           Exception exception) {
        LOG.warn("Processor {} failed on the record at {}/{}/{}; it goes to {}", context.processorNodeId(),
            context.topic(), context.partition(), context.offset(), topic, exception);
        return ProcessingExceptionHandler.Response.resume(deadLetter(context, "PROCESSING",
            "stage " + context.processorNodeId() + " failed: " + exception));
    }

    @Override
    public ProductionExceptionHandler.Response handleError(ErrorHandlerContext context,
                                                           ProducerRecord<byte[], byte[]> record, Exception exception) {
        return unwritten(context, record.topic(), exception);
    }

    @Override
    public ProductionExceptionHandler.Response handleSerializationError(ErrorHandlerContext context,
                                                                        ProducerRecord record, Exception exception,
                                                                        SerializationExceptionOrigin origin) {
        return unwritten(context, record.topic(), exception);
    }

    @Override
    public DeserializationExceptionHandler.Response handleError(ErrorHandlerContext context,
                                                                ConsumerRecord<byte[], byte[]> record,
                                                                Exception exception) {
        LOG.warn("The record at {}/{}/{} cannot be read; it goes to {}: {}", record.topic(), record.partition(),
            record.offset(), topic, exception.toString());
        DeadLetter letter = letters.letter(new DeadLetters.Origin(record.topic(), record.partition(), record.offset()),
            record.key(), record.value(), "DESERIALIZATION", "cannot read the record: " + exception,
            System.currentTimeMillis());
        return DeserializationExceptionHandler.Response.resume(List.of(producerRecord(letter)));
    }

    private ProductionExceptionHandler.Response unwritten(ErrorHandlerContext context, String target,
                                                          Exception exception) {
        if (topic.equals(target)) {
            // a dead letter that cannot be written either: another one would fail the same way
            LOG.error("A dead letter for the record at {}/{}/{} could not be written to {}", context.topic(),
                context.partition(), context.offset(), target, exception);
            return ProductionExceptionHandler.Response.resume();
        }
        LOG.warn("A record for {} that stage {} made from the record at {}/{}/{} could not be written; the input "
                + "record goes to {}: {}", target, context.processorNodeId(), context.topic(), context.partition(),
            context.offset(), topic, exception.toString());
        return ProductionExceptionHandler.Response.resume(deadLetter(context, "PRODUCTION",
            "stage " + context.processorNodeId() + " could not write a record to " + target + ": " + exception));
    }

    private List<ProducerRecord<byte[], byte[]>> deadLetter(ErrorHandlerContext context, String errorType,
                                                           String reason) {
        DeadLetter letter = letters.letter(new DeadLetters.Origin(context.topic(), context.partition(),
                context.offset()), context.sourceRawKey(), context.sourceRawValue(), errorType, reason,
            System.currentTimeMillis());
        return List.of(producerRecord(letter));
    }

    private ProducerRecord<byte[], byte[]> producerRecord(DeadLetter letter) {
        return new ProducerRecord<>(topic, DeadLetters.key(letter).getBytes(StandardCharsets.UTF_8),
            serde.serializer().serialize(topic, letter));
    }
}
