package io.c360.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import io.c360.config.AppConfig;
import io.c360.config.Durations;
import io.c360.config.StreamsProperties;
import io.c360.http.HttpServer;
import io.c360.http.HttpSettings;
import io.c360.kafka.InternalTopicPurger;
import io.c360.kafka.SerdeFactory;
import io.c360.kafka.TopicCreator;
import io.c360.kafka.Topics;
import io.c360.privacy.PrivacyKeys;
import io.c360.query.StreamsHealth;
import io.c360.security.Security;
import io.c360.topology.C360Topology;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running c360 instance: topics (created when missing), the Kafka Streams topology and the HTTP API.
 * Closing it stops HTTP, then Streams leaving the group so the next start need not wait for a session timeout.
 */
public final class C360App implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(C360App.class);

    private final AppConfig config;
    private final KafkaStreams streams;
    private final HttpServer http;
    private final StreamsHealth health;

    private final QueryLayer queries;
    private final String scheme;
    private final InternalTopicPurger purger;

    private C360App(AppConfig config, KafkaStreams streams, HttpServer http, StreamsHealth health,
                    QueryLayer queries, String scheme, InternalTopicPurger purger) {
        this.scheme = scheme;
        this.purger = purger;
        this.config = config;
        this.streams = streams;
        this.http = http;
        this.health = health;
        this.queries = queries;
    }

    /** Starts an instance. Port 0 in {@code c360.http.port} picks a free port. */
    public static C360App start(AppConfig configured) {
        AppConfig config = StaticMembership.apply(withConcretePort(configured));
        LOG.debug("Effective configuration: {}", config);
        Security security = Security.from(config);
        PrivacyKeys.from(config).checkFitToStart(config);
        HttpSettings httpSettings = HttpSettings.from(config, config.getInt("c360.http.port"));
        if (config.getBoolean("c360.topic.create")) {
            Properties admin = config.kafkaProperties();
            TopicCreator.createMissing(admin, new Topics(config).all(),
                (short) config.getInt("c360.topic.replication.factor"));
        }
        SerdeFactory serdes = new SerdeFactory();
        KafkaStreams streams = new KafkaStreams(C360Topology.build(config, serdes), StreamsProperties.build(config));
        StreamsHealth health = new StreamsHealth(java.time.Clock.systemUTC(),
            Durations.positive(config, "c360.health.thread.failure.window"),
            Durations.positive(config, "c360.health.stall.timeout"));
        streams.setStateListener(health);
        health.watch(streams::metrics);
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("Stream thread failed; replacing it", e);
            health.threadFailed(e);
            return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse
                .REPLACE_THREAD;
        });
        HostInfo self = new HostInfo(config.get("c360.http.host"), config.getInt("c360.http.port"));
        QueryLayer queries = new QueryLayer(config, streams, health, serdes, self, security, httpSettings);
        HttpServer http = HttpServer.start(httpSettings, queries.services());
        streams.start();
        long purgeMs = config.getInt("c360.internal.purge.interval.ms");
        InternalTopicPurger purger = purgeMs <= 0 ? null : InternalTopicPurger.start(config.kafkaProperties(),
            config.get("application.id"), new Topics(config).consumedOnce(), Duration.ofMillis(purgeMs));
        LOG.info("c360 instance {} serving {}://{}:{}", config.get("application.id"), httpSettings.scheme(),
            self.host(), http.port());
        return new C360App(config, streams, http, health, queries, httpSettings.scheme(), purger);
    }

    public int httpPort() {
        return http.port();
    }

    public String baseUrl() {
        return scheme + "://localhost:" + http.port();
    }

    public StreamsHealth health() {
        return health;
    }

    public AppConfig config() {
        return config;
    }

    /** Names of the live stream threads: a replaced (crashed) thread shows up under a new name. */
    public java.util.Set<String> streamThreadNames() {
        return streams.metadataForLocalThreads().stream()
            .map(org.apache.kafka.streams.ThreadMetadata::threadName)
            .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    @Override
    public void close() {
        if (purger != null) {
            purger.close();
        }
        http.close();
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
            .withTimeout(Duration.ofSeconds(30)));
        queries.close();
    }

    private static AppConfig withConcretePort(AppConfig config) {
        if (config.getInt("c360.http.port") != 0) {
            return config;
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return config.with(Map.of("c360.http.port", String.valueOf(socket.getLocalPort())));
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the HTTP API", e);
        }
    }
}
