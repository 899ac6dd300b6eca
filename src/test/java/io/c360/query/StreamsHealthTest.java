package io.c360.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Health from the Streams state and from progress: thread failures, and lag that no commit works off. */
class StreamsHealthTest {
    private final MutableClock clock = new MutableClock();
    private final Map<MetricName, Metric> metrics = new HashMap<>();
    private StreamsHealth health;

    @BeforeEach
    void setUp() {
        health = new StreamsHealth(clock, Duration.ofMinutes(1), Duration.ofSeconds(30));
        health.watch(() -> metrics);
        health.onChange(KafkaStreams.State.RUNNING, KafkaStreams.State.REBALANCING);
        commits("StreamThread-1", 10);
        lag("c360.touchpoints.crm", 0, "StreamThread-1-consumer", 5);
    }

    @Test
    void runningAndCommittingIsUpAndReady() {
        assertEquals(StreamsHealth.Status.UP, health.report().status());
        clock.advance(Duration.ofSeconds(40));
        commits("StreamThread-1", 11);
        assertEquals(StreamsHealth.Status.UP, health.report().status());
        assertNull(health.report().reason());
        assertTrue(health.ready());
    }

    @Test
    void lagThatNoCommitWorksOffForTheStallTimeoutIsDegradedAndNotReady() {
        health.report();
        clock.advance(Duration.ofSeconds(31));
        StreamsHealth.Report report = health.report();
        assertEquals(StreamsHealth.Status.DEGRADED, report.status());
        assertTrue(report.reason().contains("5 records wait and nothing was committed for 31 s"), report.reason());
        assertFalse(health.ready());
        assertEquals(KafkaStreams.State.RUNNING, report.streams(), "Streams itself still says RUNNING");

        commits("StreamThread-1", 12);
        assertEquals(StreamsHealth.Status.UP, health.report().status(), "a commit is progress");
    }

    @Test
    void anIdleInstanceWithoutLagIsUpHoweverLongNothingIsCommitted() {
        lag("c360.touchpoints.crm", 0, "StreamThread-1-consumer", 0);
        clock.advance(Duration.ofHours(2));
        assertEquals(StreamsHealth.Status.UP, health.report().status());
    }

    @Test
    void aReplacementThreadStartingFromNothingIsNotProgress() {
        health.report();
        metrics.clear();
        lag("c360.touchpoints.crm", 0, "StreamThread-2-consumer", 5);
        commits("StreamThread-2", 0);
        clock.advance(Duration.ofSeconds(31));
        assertEquals(StreamsHealth.Status.DEGRADED, health.report().status());
        commits("StreamThread-2", 1);
        assertEquals(StreamsHealth.Status.UP, health.report().status());
    }

    @Test
    void aFailedStreamThreadDegradesTheInstanceForTheFailureWindow() {
        health.threadFailed(new IllegalStateException("poison"));
        clock.advance(Duration.ofSeconds(20));
        commits("StreamThread-1", 20);
        StreamsHealth.Report report = health.report();
        assertEquals(StreamsHealth.Status.DEGRADED, report.status());
        assertTrue(report.reason().contains("a stream thread failed 20 s ago (IllegalStateException: poison)"),
            report.reason());
        clock.advance(Duration.ofSeconds(41));
        commits("StreamThread-1", 21);
        assertEquals(StreamsHealth.Status.UP, health.report().status());
    }

    @Test
    void streamsInErrorIsDown() {
        health.onChange(KafkaStreams.State.ERROR, KafkaStreams.State.RUNNING);
        assertEquals(StreamsHealth.Status.DOWN, health.report().status());
        assertFalse(health.alive());
    }

    @Test
    void lagIsReportedPerInputPartitionWithoutTheRestoreConsumer() {
        lag("c360.touchpoints.web", 3, "StreamThread-1-consumer", 7);
        lag("c360.touchpoints.web", 10, "StreamThread-1-consumer", 1);
        lag("c360-profiles-changelog", 0, "StreamThread-1-restore-consumer", 99);
        assertEquals(List.of(new StreamsHealth.TopicPartitionLag("c360.touchpoints.crm", 0, 5),
                new StreamsHealth.TopicPartitionLag("c360.touchpoints.web", 3, 7),
                new StreamsHealth.TopicPartitionLag("c360.touchpoints.web", 10, 1)),
            health.lagByPartition());
    }

    private void commits(String thread, double total) {
        put(new MetricName("commit-total", "stream-thread-metrics", "", Map.of("thread-id", thread)), total);
    }

    private void lag(String topic, int partition, String client, double lag) {
        put(new MetricName("records-lag", "consumer-fetch-manager-metrics", "", Map.of("client-id", client,
            "topic", topic, "partition", String.valueOf(partition))), lag);
    }

    private void put(MetricName name, double value) {
        metrics.put(name, new Metric() {
            @Override
            public MetricName metricName() {
                return name;
            }

            @Override
            public Object metricValue() {
                return value;
            }
        });
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
