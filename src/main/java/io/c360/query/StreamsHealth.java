package io.c360.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Liveness and readiness: the Kafka Streams state as last reported by its state listener, and progress. RUNNING is
 * not enough, since a record that kills its stream thread every time leaves Streams RUNNING while nothing moves: the
 * instance is DEGRADED, and not ready, while a stream thread failed within the failure window, or while input waits
 * (consumer lag above zero) and no stream thread committed for the stall timeout. Commits and lag are read from the
 * Streams metrics whenever the health is asked for.
 */
public final class StreamsHealth implements KafkaStreams.StateListener {
    public enum Status { UP, DEGRADED, DOWN }

    /** The status, the Streams state, and why the status is not UP (null when it is). */
    public record Report(Status status, KafkaStreams.State streams, String reason) {
    }

    /** A partition an instance consumes, for the lag per partition. */
    public record TopicPartitionLag(String topic, int partition, double lag) {
    }

    private final Clock clock;
    private final Duration failureWindow;
    private final Duration stallTimeout;
    private volatile KafkaStreams.State state = KafkaStreams.State.CREATED;
    private volatile Supplier<Map<MetricName, ? extends Metric>> metrics = Map::of;
    private volatile Instant lastFailure;
    private volatile String lastFailureMessage;
    private final Map<String, Double> commitsByThread = new HashMap<>();
    private Instant lastCommit;

    /** With a failure window of one minute and a stall timeout of one minute. */
    public StreamsHealth() {
        this(Clock.systemUTC(), Duration.ofMinutes(1), Duration.ofMinutes(1));
    }

    public StreamsHealth(Clock clock, Duration failureWindow, Duration stallTimeout) {
        this.clock = clock;
        this.failureWindow = failureWindow;
        this.stallTimeout = stallTimeout;
        this.lastCommit = clock.instant();
    }

    /** Reads progress from these metrics (the instance's {@code KafkaStreams::metrics}). */
    public synchronized void watch(Supplier<Map<MetricName, ? extends Metric>> source) {
        this.metrics = source;
        this.lastCommit = clock.instant();
        commitsByThread.clear();
    }

    /** Entering RUNNING starts the stall clock afresh: restoring state before it is not a stall. */
    @Override
    public synchronized void onChange(KafkaStreams.State newState, KafkaStreams.State oldState) {
        state = newState;
        if (newState == KafkaStreams.State.RUNNING) {
            lastCommit = clock.instant();
        }
    }

    /** A stream thread died (it is replaced): the instance is degraded for the failure window. */
    public void threadFailed(Throwable cause) {
        lastFailureMessage = cause.getClass().getSimpleName() + (cause.getMessage() == null ? ""
            : ": " + cause.getMessage());
        lastFailure = clock.instant();
    }

    public KafkaStreams.State state() {
        return state;
    }

    public synchronized Report report() {
        if (!alive()) {
            return new Report(Status.DOWN, state, "Kafka Streams is " + state);
        }
        Instant now = clock.instant();
        Map<MetricName, ? extends Metric> current = metrics.get();
        if (committedSinceLastLook(current)) {
            lastCommit = now;
        }
        Instant failed = lastFailure;
        if (failed != null && failed.plus(failureWindow).isAfter(now)) {
            return new Report(Status.DEGRADED, state, "a stream thread failed " + Duration.between(failed, now)
                .toSeconds() + " s ago (" + lastFailureMessage + ")");
        }
        double lag = totalLag(current);
        if (state == KafkaStreams.State.RUNNING && lag > 0 && lastCommit.plus(stallTimeout).isBefore(now)) {
            return new Report(Status.DEGRADED, state, String.format("%.0f records wait and nothing was committed for"
                + " %d s", lag, Duration.between(lastCommit, now).toSeconds()));
        }
        return new Report(Status.UP, state, null);
    }

    /** Ready to answer queries only in RUNNING and not degraded: while rebalancing the stores may move away. */
    public boolean ready() {
        return state == KafkaStreams.State.RUNNING && report().status() == Status.UP;
    }

    /** Alive unless Streams died for good. */
    public boolean alive() {
        return state != KafkaStreams.State.ERROR && state != KafkaStreams.State.NOT_RUNNING
            && state != KafkaStreams.State.PENDING_ERROR;
    }

    /** The consumer lag of each input partition this instance processes, in topic and partition order. */
    public java.util.List<TopicPartitionLag> lagByPartition() {
        Map<String, TopicPartitionLag> lags = new TreeMap<>();
        metrics.get().forEach((name, metric) -> {
            if (isRecordsLag(name)) {
                String topic = name.tags().get("topic");
                int partition = Integer.parseInt(name.tags().get("partition"));
                lags.put(topic + "\u0000" + String.format("%08d", partition),
                    new TopicPartitionLag(topic, partition, value(metric)));
            }
        });
        return java.util.List.copyOf(lags.values());
    }

    /** Whether a stream thread's commit count rose since the last look; a new (replacing) thread starts from here. */
    private boolean committedSinceLastLook(Map<MetricName, ? extends Metric> current) {
        boolean rose = false;
        for (Map.Entry<MetricName, ? extends Metric> entry : current.entrySet()) {
            MetricName name = entry.getKey();
            if (name.name().equals("commit-total") && name.group().equals("stream-thread-metrics")) {
                double commits = value(entry.getValue());
                Double before = commitsByThread.put(name.tags().get("thread-id"), commits);
                rose |= before != null && commits > before;
            }
        }
        return rose;
    }

    private static double totalLag(Map<MetricName, ? extends Metric> current) {
        double lag = 0;
        for (Map.Entry<MetricName, ? extends Metric> entry : current.entrySet()) {
            if (isRecordsLag(entry.getKey())) {
                lag += value(entry.getValue());
            }
        }
        return lag;
    }

    /** The lag of a partition at a stream thread's main consumer (not the restore consumer). */
    private static boolean isRecordsLag(MetricName name) {
        return name.name().equals("records-lag") && name.group().equals("consumer-fetch-manager-metrics")
            && name.tags().containsKey("partition") && !name.tags().getOrDefault("client-id", "")
            .endsWith("restore-consumer");
    }

    private static double value(Metric metric) {
        Object value = metric.metricValue();
        return value instanceof Number n && !Double.isNaN(n.doubleValue()) ? n.doubleValue() : 0;
    }
}
