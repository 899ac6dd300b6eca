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
    private final KafkaConsumer<byte[], byte[]> consumer;

    KafkaLogs(Properties clientProperties, Duration timeout) {
        this.bootstrap = clientProperties.getProperty("bootstrap.servers");
        this.timeout = timeout;
        Properties admin = new Properties();
        admin.putAll(clientProperties);
        admin.put("default.api.timeout.ms", (int) timeout.toMillis());
        admin.put("request.timeout.ms", (int) Math.min(timeout.toMillis(), 30_000));
        this.admin = Admin.create(admin);
        Properties consumer = new Properties();
        consumer.putAll(admin);
        consumer.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        this.consumer = new KafkaConsumer<>(consumer, new ByteArrayDeserializer(), new ByteArrayDeserializer());
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
        List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
            .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (partitions.stream().anyMatch(p -> consumer.position(p, timeout) < end.get(p))) {
            if (System.nanoTime() > deadline) {
                throw new VerificationException("reading " + topic + " from " + bootstrap + " took longer than "
                    + timeout.toSeconds() + " s; try a longer --timeout");
            }
            consumer.poll(Duration.ofMillis(200)).forEach(visitor);
        }
        consumer.assign(List.of());
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
