package io.c360.testing;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import io.c360.avro.TouchpointEvent;
import io.c360.bench.BenchEvents;
import io.c360.kafka.SerdeFactory;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Publishes events to their input topics with an idempotent producer (retries never duplicate) and waits
 * for every acknowledgement, so a test knows each event is in Kafka exactly once.
 */
public final class LoadPublisher implements AutoCloseable {
    private final KafkaProducer<String, byte[]> producer;
    private final SerdeFactory serdes = new SerdeFactory();

    public LoadPublisher(String bootstrapServers) {
        this.producer = Records.producer(bootstrapServers);
    }

    public void publish(List<TouchpointEvent> events) throws InterruptedException {
        List<Future<RecordMetadata>> acks = events.stream().map(this::send).toList();
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("publishing failed", e.getCause());
            }
        }
    }

    private Future<RecordMetadata> send(TouchpointEvent event) {
        String topic = "c360.touchpoints." + BenchEvents.source(event);
        return producer.send(new ProducerRecord<>(topic, event.getEventId(),
            serdes.touchpointEvent().serializer().serialize(topic, event)));
    }

    @Override
    public void close() {
        producer.close();
    }
}
