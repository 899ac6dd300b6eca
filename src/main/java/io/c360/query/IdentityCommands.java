package io.c360.query;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.c360.avro.EraseCustomer;
import io.c360.avro.IdentityCommand;
import io.c360.avro.SplitCustomer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Decisions people take through the API (splits, erasures), published on the identity-control topic so the identity
 * stage applies them in order with the events, on whichever instance runs it.
 */
public final class IdentityCommands implements AutoCloseable {
    private final KafkaProducer<String, IdentityCommand> producer;
    private final String topic;

    public IdentityCommands(Properties client, String topic, Serde<IdentityCommand> serde) {
        Properties props = new Properties();
        props.putAll(client);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        this.producer = new KafkaProducer<>(props, new StringSerializer(), serde.serializer());
        this.topic = topic;
    }

    /** Publishes a split and returns its command id once Kafka has it. */
    public String split(String customerId, List<String> records) {
        return publish(customerId, new SplitCustomer(customerId, records), "split");
    }

    /** Publishes the erasure of a customer and returns its command id (the erasure id) once Kafka has it. */
    public String erase(String customerId, String requestedBy) {
        return publish(customerId, new EraseCustomer(customerId, null, requestedBy), "erasure");
    }

    private String publish(String customerId, Object decision, String what) {
        String commandId = UUID.randomUUID().toString();
        IdentityCommand command = new IdentityCommand(commandId, Instant.now(), decision);
        try {
            producer.send(new ProducerRecord<>(topic, customerId, command)).get(15, TimeUnit.SECONDS);
            return commandId;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted while publishing the " + what, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new StoreUnavailableException("the " + what + " could not be published: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
