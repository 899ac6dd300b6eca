package io.c360.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads the committed output of c360 as a downstream system would, counting the events it covers and, while a
 * latency window is open, the delay from each event's send time to the arrival of the record covering it. A
 * profile-changed record names the events it covers ({@link CoveredEvents}: several when c360 coalesces a
 * customer's changes); any other output counts one event per record, sent at the record's timestamp.
 */
public final class OutputWatcher implements AutoCloseable {
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Thread thread;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private long count;
    private long lastArrivalNanos;
    private long latencySince = Long.MAX_VALUE;
    private long[] latencies = new long[1 << 16];
    private int latencyCount;
    private RuntimeException failure;
    private final CoveredEvents covered;
    private final Map<String, Long> sentAt = new HashMap<>();

    /** Counts one event per record, sent at the record's timestamp. */
    public OutputWatcher(String bootstrapServers, String topic) {
        this(bootstrapServers, topic, null);
    }

    /** @param covered the events each record covers; null: one per record, sent at the record's timestamp */
    public OutputWatcher(String bootstrapServers, String topic, CoveredEvents covered) {
        this.covered = covered;
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "5");
        this.consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
            .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        this.thread = new Thread(this::loop, "c360-bench-output");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits until {@code target} records arrived in all; returns the arrival time (nanoTime) of the last. */
    public synchronized long awaitCount(long target, Duration timeout) throws TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count < target) {
            if (failure != null) {
                throw new IllegalStateException("reading the output failed", failure);
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new TimeoutException("saw " + count + " of " + target + " output records in " + timeout);
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return lastArrivalNanos;
    }

    /**
     * Waits for {@code target} records; gives up only when none arrived for {@code stall}: on a shared machine a
     * batch may take long, but it moves. Returns the arrival time (nanoTime) of the last.
     */
    public long awaitWhileMoving(long target, Duration stall) throws InterruptedException, TimeoutException {
        while (true) {
            long seen = count();
            try {
                return awaitCount(target, stall);
            } catch (TimeoutException e) {
                if (count() == seen) {
                    throw e;
                }
            }
        }
    }

    public synchronized long count() {
        return count;
    }

    /** Starts recording latencies of records whose timestamp is at or after {@code sinceMillis}. */
    public synchronized void openLatencyWindow(long sinceMillis) {
        latencySince = sinceMillis;
        latencyCount = 0;
        sentAt.clear();
    }

    /** While a latency window is open: the event was sent now (needed when records name the events they cover). */
    public synchronized void sent(String eventId, long atMillis) {
        if (covered != null && latencySince != Long.MAX_VALUE) {
            sentAt.put(eventId, atMillis);
        }
    }

    /** Stops recording and returns the latencies recorded since the window opened, in milliseconds. */
    public synchronized long[] closeLatencyWindow() {
        latencySince = Long.MAX_VALUE;
        return Arrays.copyOf(latencies, latencyCount);
    }

    private void loop() {
        try {
            while (running.get()) {
                var records = consumer.poll(Duration.ofMillis(50));
                if (!records.isEmpty()) {
                    record(records);
                }
            }
        } catch (org.apache.kafka.common.errors.WakeupException e) {
            if (running.get()) {
                fail(e);
            }
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    private synchronized void record(Iterable<ConsumerRecord<byte[], byte[]>> records) {
        long now = System.currentTimeMillis();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            if (covered == null) {
                count++;
                if (r.timestamp() >= latencySince) {
                    latency(now - r.timestamp());
                }
                continue;
            }
            for (String eventId : covered.of(r.value())) {
                count++;
                Long sent = sentAt.remove(eventId);
                if (sent != null) {
                    latency(now - sent);
                }
            }
        }
        lastArrivalNanos = System.nanoTime();
        notifyAll();
    }

    private void latency(long millis) {
        if (latencyCount == latencies.length) {
            latencies = Arrays.copyOf(latencies, latencies.length * 2);
        }
        latencies[latencyCount++] = millis;
    }

    private synchronized void fail(RuntimeException e) {
        failure = e;
        notifyAll();
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        consumer.wakeup();
        thread.join(10_000);
        consumer.close();
    }
}
