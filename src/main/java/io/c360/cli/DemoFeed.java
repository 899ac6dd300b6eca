package io.c360.cli;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.c360.avro.TouchpointEvent;
import io.c360.demo.GeneratedTouchpoint;
import io.c360.demo.TouchpointGenerator;
import io.c360.json.AvroJson;
import io.c360.kafka.SerdeFactory;
import io.c360.kafka.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the demo's synthetic touchpoints to the input topics, as the source systems would: the web
 * tracker in JSON, every other source in Avro single-object encoding. Also sends a few broken records so
 * the dead-letter topic has something to show.
 */
final class DemoFeed implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DemoFeed.class);
    private static final String JSON_SOURCE = "web";

    private final Topics topics;
    private final SerdeFactory serdes;
    private final KafkaProducer<String, byte[]> producer;
    private final ScheduledExecutorService live = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "c360-demo-feed");
        t.setDaemon(true);
        return t;
    });

    DemoFeed(Properties kafka, Topics topics, SerdeFactory serdes) {
        this.topics = topics;
        this.serdes = serdes;
        Properties props = new Properties();
        props.putAll(kafka);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        // Against the brand-new embedded broker, the first batches sometimes get NOT_LEADER_OR_FOLLOWER even after
        // the topics report leaders; an idempotent producer then retried OUT_OF_ORDER_SEQUENCE_NUMBER until its
        // delivery timeout, stalling the demo's start for two minutes (intermittent, seen in CI). Without sequence
        // numbers a retry just goes again, and one request in flight per connection keeps each partition in order.
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "false");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1");
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    int publishHistory(List<GeneratedTouchpoint> history) {
        history.forEach(this::publish);
        producer.flush();
        return history.size();
    }

    void publishBrokenSamples() {
        String topic = topics.input("crm").name();
        send(topic, "broken-1", "this is not an event".getBytes(StandardCharsets.UTF_8));
        send(topic, "broken-2", "{\"eventId\":\"crm-broken\",\"source\":\"crm\"}".getBytes(StandardCharsets.UTF_8));
        send(topic, "broken-3", new byte[] {(byte) 0xC3, 0x01, 1, 2, 3, 4, 5, 6, 7, 8, 42});
        producer.flush();
    }

    void startLive(TouchpointGenerator generator, double eventsPerSecond) {
        if (eventsPerSecond <= 0) {
            return;
        }
        long periodMicros = (long) (1_000_000 / eventsPerSecond);
        live.scheduleAtFixedRate(() -> {
            try {
                publish(generator.next(Instant.now()));
            } catch (RuntimeException e) {
                LOG.warn("Demo feed could not publish a live event: {}", e.getMessage());
            }
        }, periodMicros, periodMicros, TimeUnit.MICROSECONDS);
    }

    private void publish(GeneratedTouchpoint touchpoint) {
        TouchpointEvent event = touchpoint.event();
        String topic = topics.input(touchpoint.topicSource()).name();
        byte[] value = JSON_SOURCE.equals(touchpoint.topicSource()) ? json(event)
            : serdes.touchpointEvent().serializer().serialize(topic, event);
        send(topic, event.getEventId(), value);
    }

    private static byte[] json(TouchpointEvent event) {
        ObjectNode node = AvroJson.toJson(event);
        if (event.getPayload() != null) {
            ((ObjectNode) node.get("payload")).put("type", event.getPayload().getClass().getSimpleName());
        }
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void send(String topic, String key, byte[] value) {
        producer.send(new ProducerRecord<>(topic, key, value));
    }

    @Override
    public void close() {
        live.shutdownNow();
        producer.close();
    }
}
