package io.c360.metrics;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the committed records on the dead-letter topic, as a read_committed consumer reads them from the start:
 * offsets would also count the dead letters of aborted transactions (an attempt that a restart repeated) and the
 * transaction markers.
 */
final class DeadLetterCounter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterCounter.class);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final String topic;
    private final AtomicLong count = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    DeadLetterCounter(Properties kafka, String topic) {
        Properties props = new Properties();
        props.putAll(kafka);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "c360-dead-letter-counter-" + java.util.UUID.randomUUID());
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.topic = topic;
        this.thread = new Thread(this::run, "c360-dead-letter-counter");
        thread.setDaemon(true);
        thread.start();
    }

    long count() {
        return count.get();
    }

    private void run() {
        try {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofMinutes(1)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (running.get()) {
                count.addAndGet(consumer.poll(Duration.ofSeconds(1)).count());
            }
        } catch (WakeupException e) {
            if (running.get()) {
                LOG.warn("Dead-letter counter stopped: {}", e.toString());
            }
        } catch (RuntimeException e) {
            LOG.warn("Dead-letter counter stopped; c360_dead_letters no longer moves: {}", e.toString());
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        consumer.wakeup();
        thread.join(10_000);
    }
}
