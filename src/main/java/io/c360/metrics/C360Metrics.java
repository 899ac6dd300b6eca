package io.c360.metrics;

import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.c360.query.StreamsHealth;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The Prometheus metrics of one instance: Kafka Streams (throughput, lag, state stores), JVM, HTTP request
 * latency per route, health (degraded or not, and the consumer lag of each partition the instance processes), and
 * the number of committed records on the dead-letter topic.
 */
public final class C360Metrics implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final KafkaStreamsMetrics streamsMetrics;
    private final StreamsHealth health;
    private final MultiGauge lag;
    private final DeadLetterCounter deadLetters;

    public C360Metrics(KafkaStreams streams, StreamsHealth health, Properties kafka, String deadLetterTopic) {
        this.streamsMetrics = new KafkaStreamsMetrics(streams);
        this.health = health;
        streamsMetrics.bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        this.deadLetters = new DeadLetterCounter(kafka, deadLetterTopic);
        Gauge.builder("c360.dead.letters", deadLetters::count)
            .description("Committed records on the dead-letter topic (all instances)").register(registry);
        Gauge.builder("c360.health.degraded", () -> health.report().status() == StreamsHealth.Status.UP ? 0 : 1)
            .description("1 while the instance is not UP (see /health for the reason)").register(registry);
        this.lag = MultiGauge.builder("c360.consumer.lag")
            .description("Records waiting in each input partition this instance processes").register(registry);
    }

    /** Records the latency of one HTTP request under its route template, not the raw path. */
    public void recordRequest(String method, String route, int status, long nanos) {
        Timer.builder("c360.http.requests")
            .description("HTTP API requests")
            .tags("method", method, "route", route, "status", String.valueOf(status))
            .publishPercentiles(0.5, 0.99)
            .register(registry)
            .record(nanos, TimeUnit.NANOSECONDS);
    }

    public String scrape() {
        // partitions come and go with rebalances: the lag rows are the instance's partitions as of this scrape
        List<MultiGauge.Row<?>> rows = health.lagByPartition().stream()
            .map(p -> MultiGauge.Row.of(Tags.of("topic", p.topic(), "partition", String.valueOf(p.partition())),
                p.lag())).collect(java.util.stream.Collectors.toList());
        lag.register(rows, true);
        return registry.scrape();
    }

    @Override
    public void close() {
        streamsMetrics.close();
        try {
            deadLetters.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        registry.close();
    }
}
