package io.c360.security;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.utils.Utils;

/**
 * Reads one customer's audit records back for auditors: the audit topic is keyed by customer id, so only that
 * key's partition is scanned, from the start to its current end. A scan, not an index: for long retention
 * feed the topic to your SIEM instead.
 */
public final class AuditTrail {
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    private final Properties clientProperties;
    private final String topic;

    public AuditTrail(Properties clientProperties, String topic) {
        this.clientProperties = clientProperties;
        this.topic = topic;
    }

    /** The newest {@code limit} records about this customer, oldest first (JSON text, as written). */
    public List<String> read(String customerId, int limit) {
        Properties props = new Properties();
        props.putAll(clientProperties);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "c360-audit-reader");
        try (KafkaConsumer<String, String> consumer =
                 new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            int partitions = consumer.partitionsFor(topic, DEADLINE).size();
            TopicPartition partition = new TopicPartition(topic,
                Utils.toPositive(Utils.murmur2(customerId.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    % partitions);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            Map<TopicPartition, Long> end = consumer.endOffsets(List.of(partition), DEADLINE);
            Deque<String> newest = new ArrayDeque<>();
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            while (consumer.position(partition, DEADLINE) < end.get(partition) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    if (customerId.equals(record.key())) {
                        newest.addLast(record.value());
                        if (newest.size() > limit) {
                            newest.removeFirst();
                        }
                    }
                }
            }
            return List.copyOf(newest);
        }
    }
}
