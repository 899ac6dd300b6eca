package io.c360.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The physical limit on this machine: a plain consume → produce loop copying records, unchanged and to the
 * same partition number, from the input topics to one output topic. No decoding, no state, no transactions;
 * producer acknowledgements from all in-sync replicas as c360's own producers use.
 */
public final class PassThrough {
    private PassThrough() {
    }

    /** Copies the records between {@code from} (inclusive) and {@code to} (exclusive); returns events/s. */
    public static double copy(String bootstrapServers, Map<TopicPartition, Long> from, Map<TopicPartition, Long> to,
                              String outputTopic) {
        long total = InputOffsets.count(from, to);
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrapServers);
             KafkaProducer<byte[], byte[]> producer = producer(bootstrapServers)) {
            consumer.assign(to.keySet());
            from.forEach(consumer::seek);
            Map<TopicPartition, Long> remaining = new HashMap<>(to);
            remaining.entrySet().removeIf(e -> from.getOrDefault(e.getKey(), 0L) >= e.getValue());
            long started = System.nanoTime();
            long copied = 0;
            while (!remaining.isEmpty()) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                    TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                    Long end = remaining.get(tp);
                    if (end == null || r.offset() >= end) {
                        continue;
                    }
                    producer.send(new ProducerRecord<>(outputTopic, r.partition(), r.key(), r.value()));
                    copied++;
                    if (r.offset() + 1 >= end) {
                        remaining.remove(tp);
                    }
                }
            }
            producer.flush();
            double seconds = (System.nanoTime() - started) / 1e9;
            if (copied != total) {
                throw new IllegalStateException("pass-through copied " + copied + " records, expected " + total);
            }
            return copied / seconds;
        }
    }

    private static KafkaConsumer<byte[], byte[]> consumer(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private static KafkaProducer<byte[], byte[]> producer(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(64 * 1024));
        return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }
}
