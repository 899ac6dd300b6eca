package io.c360.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.c360.app.C360App;
import io.c360.config.AppConfig;
import io.c360.demo.DemoRelations;
import io.c360.demo.TouchpointGenerator;
import io.c360.kafka.EmbeddedKafkaBroker;
import io.c360.kafka.SerdeFactory;
import io.c360.kafka.Topics;
import io.c360.privacy.PrivacyKeys;
import io.c360.security.ApiKeys;

/**
 * The running demo: an in-process KRaft broker, one c360 instance and the synthetic feed. A temp data
 * directory is deleted on close; a directory the user named is kept.
 */
final class Demo implements AutoCloseable {
    private final Path dataDir;
    private final boolean ownsDataDir;
    private final EmbeddedKafkaBroker broker;
    private final C360App app;
    private final DemoFeed feed;
    private final TouchpointGenerator generator;

    private Demo(Path dataDir, boolean ownsDataDir, EmbeddedKafkaBroker broker, C360App app, DemoFeed feed,
                 TouchpointGenerator generator) {
        this.dataDir = dataDir;
        this.ownsDataDir = ownsDataDir;
        this.broker = broker;
        this.app = app;
        this.feed = feed;
        this.generator = generator;
    }

    /**
     * Starts broker and app; {@code base} supplies every setting the demo does not force. Authentication stays
     * on: {@code adminKey} is added to the configured API keys as the admin "demo-admin".
     */
    static Demo start(Path requestedDir, int port, int people, long seed, AppConfig base, String adminKey)
        throws IOException {
        return start(requestedDir, port, 0, people, seed, base, adminKey);
    }

    /** @param kafkaPort the broker's port; 0 for the last start's port with this data directory, else a free one */
    static Demo start(Path requestedDir, int port, int kafkaPort, int people, long seed, AppConfig base,
                      String adminKey) throws IOException {
        Path dir = requestedDir != null ? Files.createDirectories(requestedDir)
            : Files.createTempDirectory("c360-demo-");
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir, DemoKafkaPort.choose(dir, kafkaPort));
        Map<String, String> forced = new LinkedHashMap<>();
        forced.put("bootstrap.servers", broker.bootstrapServers());
        forced.put("application.id", "c360-demo");
        forced.put("state.dir", dir.resolve("state").toString());
        forced.put("c360.http.port", String.valueOf(port));
        String configured = base.get("c360.auth.api.keys", "");
        forced.put("c360.auth.api.keys", (configured.isEmpty() ? "" : configured + ",")
            + "demo-admin:admin:" + ApiKeys.hash(adminKey));
        if (base.get(PrivacyKeys.MASTER_KEY, "").isBlank()) {
            forced.put(PrivacyKeys.DEVELOPMENT_KEY, "true");
        }
        AppConfig config = base.with(forced);
        C360App app = C360App.start(config);
        DemoFeed feed = new DemoFeed(config.kafkaProperties(), new Topics(config), new SerdeFactory());
        return new Demo(dir, requestedDir == null, broker, app, feed,
            new TouchpointGenerator(seed, people, Instant.now()));
    }

    /** Publishes the generated history and a few broken records; returns the number of touchpoints. */
    int publishHistory() {
        int published = feed.publishHistory(generator.history());
        published += feed.publishHistory(DemoRelations.events(generator.people(), Instant.now().minusSeconds(3600)));
        feed.publishBrokenSamples();
        return published;
    }

    void startLiveFeed(double eventsPerSecond) {
        feed.startLive(generator, eventsPerSecond);
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    String baseUrl() {
        return app.baseUrl();
    }

    Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        feed.close();
        app.close();
        broker.close();
        if (ownsDataDir) {
            deleteRecursively(dataDir);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the demo's data directory " + dir, e);
        }
    }
}
