package io.c360.bench;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Properties;
import java.util.TreeMap;

import io.c360.kafka.TopicSpec;
import io.c360.kafka.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The end offsets of every input topic partition: the bench's bookmarks around one batch of events; and how
 * many records the broker appended everywhere else (c360's own writes: internal topics, changelogs, output,
 * offsets and transaction state, each transaction marker included).
 */
final class InputOffsets {
    private InputOffsets() {
    }

    static Map<TopicPartition, Long> end(String bootstrapServers, Topics topics) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (KafkaConsumer<byte[], byte[]> consumer =
                 new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = topics.inputs().values().stream()
                .map(TopicSpec::name)
                .flatMap(t -> consumer.partitionsFor(t).stream().map(p -> new TopicPartition(t, p.partition())))
                .toList();
            return consumer.endOffsets(partitions);
        }
    }

    /** How many records lie between {@code from} (inclusive) and {@code to} (exclusive), all partitions together. */
    static long count(Map<TopicPartition, Long> from, Map<TopicPartition, Long> to) {
        return to.entrySet().stream().mapToLong(e -> e.getValue() - from.getOrDefault(e.getKey(), 0L)).sum();
    }

    /** Per topic, the sum of the end offsets of its partitions, for all topics but {@code excluded}. */
    static Map<String, Long> appendedExcept(String bootstrapServers, Set<String> excluded) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (KafkaConsumer<byte[], byte[]> consumer =
                 new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.listTopics().entrySet().stream()
                .filter(e -> !excluded.contains(e.getKey()))
                .flatMap(e -> e.getValue().stream().map(p -> new TopicPartition(p.topic(), p.partition())))
                .toList();
            Map<String, Long> perTopic = new TreeMap<>();
            consumer.endOffsets(partitions).forEach((tp, end) -> perTopic.merge(tp.topic(), end, Long::sum));
            return perTopic;
        }
    }
}
