package io.c360.bench;

import java.util.Properties;

import io.c360.avro.TouchpointEvent;
import io.c360.kafka.AvroSerde;
import io.c360.kafka.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes touchpoints to their source's input topic, Avro single-object encoded, as a source system would. */
public final class EventPublisher implements AutoCloseable {
    private final Topics topics;
    private final AvroSerde<TouchpointEvent> serde;
    private final KafkaProducer<String, byte[]> producer;

    public EventPublisher(String bootstrapServers, Topics topics, AvroSerde<TouchpointEvent> serde) {
        this.topics = topics;
        this.serde = serde;
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(64 * 1024));
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    public void publish(TouchpointEvent event) {
        String topic = topics.input(BenchEvents.source(event)).name();
        producer.send(new ProducerRecord<>(topic, event.getEventId(), serde.serializer().serialize(topic, event)));
    }

    /** Waits until everything sent so far is acknowledged. */
    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
