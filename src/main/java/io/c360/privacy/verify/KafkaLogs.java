package io.c360.privacy.verify;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Topics read from the earliest offset Kafka still holds to the end, as raw bytes. Uncommitted and aborted
 * transactional records are read too: they are in the log, readable by any consumer that does not ask for
 * read_committed.
 */
final class KafkaLogs implements AutoCloseable {
    private final String bootstrap;
    private final Duration timeout;
    private final Admin admin;
    private final Properties consumerProperties = new Properties();
    private final KafkaConsumer<byte[], byte[]> consumer;

    KafkaLogs(Properties clientProperties, Duration timeout) {
        this.bootstrap = clientProperties.getProperty("bootstrap.servers");
        this.timeout = timeout;
        Properties admin = new Properties();
        admin.putAll(clientProperties);
        admin.put("default.api.timeout.ms", (int) timeout.toMillis());
        admin.put("request.timeout.ms", (int) Math.min(timeout.toMillis(), 30_000));
        this.admin = Admin.create(admin);
        consumerProperties.putAll(admin);
        consumerProperties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        consumerProperties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerProperties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        this.consumer = newConsumer();
    }

    private KafkaConsumer<byte[], byte[]> newConsumer() {
        return new KafkaConsumer<>(consumerProperties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    Set<String> topics() {
        return await(admin.listTopics(new ListTopicsOptions().listInternal(false)).names(), "list the topics");
    }

    Map<String, Config> configs(Collection<String> topics) {
        List<ConfigResource> resources = topics.stream()
            .map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic)).toList();
        Map<ConfigResource, Config> described = await(admin.describeConfigs(resources).all(), "describe the topics");
        Map<String, Config> byTopic = new HashMap<>();
        described.forEach((resource, config) -> byTopic.put(resource.name(), config));
        return byTopic;
    }

    /** Every record of the topic; records of one partition arrive in offset order. */
    void read(String topic, Consumer<ConsumerRecord<byte[], byte[]>> visitor) {
        List<TopicPartition> partitions = partitionsOf(List.of(topic), consumer);
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        readToEnd(consumer, partitions, topic, visitor);
        consumer.assign(List.of());
    }

    /**
     * A reader of the topics, on a consumer of its own, that reads from where it stopped to their current end each
     * time it is asked: while {@link #read} is in the middle of another topic.
     */
    Follower follow(List<String> topics) {
        KafkaConsumer<byte[], byte[]> own = newConsumer();
        List<TopicPartition> partitions = partitionsOf(topics, own);
        own.assign(partitions);
        own.seekToBeginning(partitions);
        return new Follower(own, partitions, String.join(", ", topics));
    }

    final class Follower implements AutoCloseable {
        private final KafkaConsumer<byte[], byte[]> own;
        private final List<TopicPartition> partitions;
        private final String names;

        private Follower(KafkaConsumer<byte[], byte[]> own, List<TopicPartition> partitions, String names) {
            this.own = own;
            this.partitions = partitions;
            this.names = names;
        }

        void catchUp(Consumer<ConsumerRecord<byte[], byte[]>> visitor) {
            readToEnd(own, partitions, names, visitor);
        }

        @Override
        public void close() {
            own.close(Duration.ofSeconds(5));
        }
    }

    private List<TopicPartition> partitionsOf(List<String> topics, KafkaConsumer<byte[], byte[]> reader) {
        return topics.stream().flatMap(topic -> reader.partitionsFor(topic, timeout).stream()
            .map(info -> new TopicPartition(topic, info.partition()))).toList();
    }

    private void readToEnd(KafkaConsumer<byte[], byte[]> reader, List<TopicPartition> partitions, String what,
                           Consumer<ConsumerRecord<byte[], byte[]>> visitor) {
        Map<TopicPartition, Long> end = reader.endOffsets(partitions, timeout);
        // a large topic on a busy machine takes as long as it takes; only a read that stops moving fails
        long deadline = System.nanoTime() + timeout.toNanos();
        while (partitions.stream().anyMatch(p -> reader.position(p, timeout) < end.get(p))) {
            if (System.nanoTime() > deadline) {
                throw new VerificationException("reading " + what + " from " + bootstrap + " got no record for "
                    + timeout.toSeconds() + " s; try a longer --timeout");
            }
            var records = reader.poll(Duration.ofMillis(200));
            if (!records.isEmpty()) {
                deadline = System.nanoTime() + timeout.toNanos();
            }
            records.forEach(visitor);
        }
    }

    private <T> T await(KafkaFuture<T> future, String what) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VerificationException("interrupted while trying to " + what, e);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new VerificationException("cannot " + what + " on " + bootstrap + ": " + cause.getMessage(), e);
        }
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
        admin.close(Duration.ofSeconds(5));
    }
}
