package io.c360.metrics;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Prometheus metrics of one instance: Kafka Streams (throughput, lag, state stores), JVM, HTTP request
 * latency per route, and the number of records on the dead-letter topic.
 */
public final class C360Metrics implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(C360Metrics.class);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final KafkaStreamsMetrics streamsMetrics;
    private final Admin admin;

    public C360Metrics(KafkaStreams streams, Properties kafka, String deadLetterTopic) {
        this.streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        this.admin = Admin.create(kafka);
        Gauge.builder("c360.dead.letters", () -> deadLetters(deadLetterTopic))
            .description("Records on the dead-letter topic (all instances)").register(registry);
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
        return registry.scrape();
    }

    private double deadLetters(String topic) {
        try {
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames()
                .get(5, TimeUnit.SECONDS).get(topic).partitions().stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, OffsetSpec> latest = partitions.stream()
                .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get(5, TimeUnit.SECONDS).values().stream()
                .mapToLong(info -> info.offset()).sum();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        } catch (Exception e) {
            LOG.warn("Could not count the dead letters on {}: {}", topic, e.getMessage());
            return Double.NaN;
        }
    }

    @Override
    public void close() {
        streamsMetrics.close();
        admin.close(Duration.ofSeconds(5));
        registry.close();
    }
}
