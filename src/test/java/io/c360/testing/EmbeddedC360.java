package io.c360.testing;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.c360.app.C360App;
import io.c360.config.AppConfig;
import io.c360.config.ConfigLoader;
import io.c360.kafka.EmbeddedKafkaBroker;

/** A real broker and one c360 instance in this JVM, on free ports under {@code dir}; closes both. */
public final class EmbeddedC360 implements AutoCloseable {
    private final EmbeddedKafkaBroker broker;
    private final C360App app;

    private EmbeddedC360(EmbeddedKafkaBroker broker, C360App app) {
        this.broker = broker;
        this.app = app;
    }

    /** {@code overrides} win over the test defaults (unique application id, state under {@code dir}). */
    public static EmbeddedC360 start(Path dir, Map<String, String> overrides) {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("broker"));
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("bootstrap.servers", broker.bootstrapServers());
        settings.put("application.id", "c360-it-" + UUID.randomUUID());
        settings.put("state.dir", dir.resolve("state").toString());
        settings.put("c360.http.port", "0");
        settings.putAll(TestAuth.settings());
        settings.putAll(overrides);
        AppConfig config = ConfigLoader.load(null, Map.of(), settings);
        try {
            return new EmbeddedC360(broker, C360App.start(config));
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
    }

    public EmbeddedKafkaBroker broker() {
        return broker;
    }

    public C360App app() {
        return app;
    }

    @Override
    public void close() {
        try {
            app.close();
        } finally {
            broker.close();
        }
    }
}
