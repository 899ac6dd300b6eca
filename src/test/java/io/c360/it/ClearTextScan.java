package io.c360.it;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads topics from the start and reports every key or value whose raw bytes contain one of the words in clear:
 * every record of the topics {@code everyRecord} accepts, and of the others what compaction keeps — the latest
 * value per key, a tombstone removing the key.
 */
final class ClearTextScan {
    private ClearTextScan() {
    }

    static List<String> find(String bootstrap, Predicate<String> topics, Predicate<String> everyRecord,
                             List<String> words) {
        Map<String, String> latest = new HashMap<>();
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", bootstrap));
             KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.<String, Object>of(
                 "bootstrap.servers", bootstrap, ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                 new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            Set<String> names = admin.listTopics().names().get().stream().filter(topics).collect(
                java.util.stream.Collectors.toSet());
            List<TopicPartition> partitions = new ArrayList<>();
            for (TopicDescription d : admin.describeTopics(names).allTopicNames().get().values()) {
                d.partitions().forEach(p -> partitions.add(new TopicPartition(d.name(), p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    String key = r.topic() + " key " + text(r.key())
                        + (everyRecord.test(r.topic()) ? " at " + r.partition() + "/" + r.offset() : "");
                    if (r.value() == null) {
                        latest.remove(key);
                    } else {
                        latest.put(key, text(r.value()));
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
        List<String> found = new ArrayList<>();
        latest.forEach((key, value) -> words.stream()
            .filter(w -> key.toLowerCase(Locale.ROOT).contains(w) || value.contains(w)).findFirst()
            .ifPresent(w -> found.add("'" + w + "' in " + key)));
        return found;
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    }
}
