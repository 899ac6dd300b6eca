package io.c360.bench;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.c360.kafka.TopicSpec;
import io.c360.kafka.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** The end offsets of every input topic partition: the bench's bookmarks around one batch of events. */
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
}
