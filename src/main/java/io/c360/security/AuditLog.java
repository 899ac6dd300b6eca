package io.c360.security;

import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit trail: one JSON record per customer a request read (key: customer id), or one per refused or empty
 * request (key: the principal), on the audit topic. Sending never holds a request up for long: the producer
 * gives up on metadata or a full buffer after {@link #MAX_BLOCK_MS}; failures are logged and counted.
 */
public final class AuditLog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    static final String MAX_BLOCK_MS = "500";

    private final KafkaProducer<String, String> producer;
    private final String topic;
    private final AtomicLong failures = new AtomicLong();

    public AuditLog(Properties clientProperties, String topic) {
        Properties props = new Properties();
        props.putAll(clientProperties);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, MAX_BLOCK_MS);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "c360-audit");
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
        this.topic = topic;
    }

    /** What one request did: who, which endpoint and path, which customers it returned, and its status. */
    public record Entry(Principal principal, String endpoint, String path, List<String> customers, int status) {
    }

    public void record(Entry entry) {
        Instant at = Instant.now();
        if (entry.customers().isEmpty()) {
            send(entry.principal() == null ? "anonymous" : entry.principal().name(), json(entry, null, at));
        }
        for (String customer : entry.customers()) {
            send(customer, json(entry, customer, at));
        }
    }

    public long failures() {
        return failures.get();
    }

    private void send(String key, String value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value), (metadata, e) -> {
                if (e != null) {
                    failures.incrementAndGet();
                    LOG.warn("Audit record not written to {}: {}", topic, e.getMessage());
                }
            });
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            LOG.warn("Audit record not written to {}: {}", topic, e.getMessage());
        }
    }

    static String json(Entry entry, String customer, Instant at) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("at", at.toString());
        node.put("principal", entry.principal() == null ? null : entry.principal().name());
        node.put("role", entry.principal() == null ? null : entry.principal().role().name());
        node.put("endpoint", entry.endpoint());
        node.put("path", entry.path());
        node.put("customerId", customer);
        node.put("status", entry.status());
        node.put("outcome", entry.status() < 300 ? "served" : entry.status() == 401 ? "unauthenticated"
            : entry.status() == 403 ? "forbidden" : entry.status() == 404 ? "not-found" : "failed");
        return node.toString();
    }

    @Override
    public void close() {
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
