package io.c360.query;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

import io.c360.avro.ProfileChanged;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Profile changes as they are committed, for live pages: every instance reads all of profile-changed
 * (from the end, no consumer group), so a browser connected to any instance hears about any customer.
 */
public final class ProfileChangeFeed implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProfileChangeFeed.class);

    private final KafkaConsumer<String, ProfileChanged> consumer;
    private final String topic;
    private final Map<String, Set<Consumer<ProfileChanged>>> listeners = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    public ProfileChangeFeed(Properties kafka, String topic, Deserializer<ProfileChanged> deserializer) {
        Properties props = new Properties();
        props.putAll(kafka);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), deserializer);
        this.topic = topic;
        this.thread = new Thread(this::run, "c360-profile-change-feed");
        this.thread.setDaemon(true);
    }

    public ProfileChangeFeed start() {
        thread.start();
        return this;
    }

    /** Calls {@code listener} with every change of the customer until the returned handle is closed. */
    public AutoCloseable subscribe(String customerId, Consumer<ProfileChanged> listener) {
        listeners.computeIfAbsent(customerId, id -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(customerId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    private void run() {
        try {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            while (running) {
                for (ConsumerRecord<String, ProfileChanged> record : consumer.poll(Duration.ofMillis(500))) {
                    notify(record.value());
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (RuntimeException e) {
            LOG.error("The live profile feed stopped; pages no longer update until restart", e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void notify(ProfileChanged change) {
        if (change == null) {
            return; // the tombstone after an erasure's DELETED change: nothing new for a page
        }
        Set<Consumer<ProfileChanged>> subscribers = listeners.get(change.getCustomerId());
        if (subscribers != null) {
            subscribers.forEach(listener -> listener.accept(change));
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
