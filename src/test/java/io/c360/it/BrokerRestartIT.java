package io.c360.it;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.c360.app.C360App;
import io.c360.config.ConfigLoader;
import io.c360.kafka.EmbeddedKafkaBroker;
import io.c360.testing.Await;
import io.c360.testing.GroundTruth;
import io.c360.testing.LoadPublisher;
import io.c360.testing.TestAuth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker goes down in the middle of a load and comes back on the same port with the same data: c360 and
 * the producers ride it out, and every total is exact afterwards.
 */
class BrokerRestartIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(180);
    private static final int CUSTOMERS = 100;

    @TempDir
    Path dir;

    @Test
    void aBrokerRestartMidLoadLosesAndDoublesNothing() throws Exception {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("broker"));
        int port = Integer.parseInt(broker.bootstrapServers().substring(broker.bootstrapServers().indexOf(':') + 1));
        C360App app = null;
        try (LoadPublisher load = new LoadPublisher(broker.bootstrapServers())) {
            app = C360App.start(ConfigLoader.load(null, Map.of(), TestAuth.with(Map.of(
                "bootstrap.servers", broker.bootstrapServers(),
                "application.id", "c360-broker-restart-" + UUID.randomUUID(),
                "state.dir", dir.resolve("state").toString(),
                "c360.http.port", "0"))));
            C360App started = app;
            Await.until(TIMEOUT, "RUNNING", () -> started.health().ready()
                ? Optional.of(true) : Optional.empty());
            GroundTruth truth = new GroundTruth(7, CUSTOMERS);
            Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            load.publish(truth.signUps(t));
            load.publish(truth.activity(800, t.plusSeconds(1)));

            broker.close();
            broker = EmbeddedKafkaBroker.start(dir.resolve("broker"), port);
            load.publish(truth.activity(800, t.plusSeconds(2)));

            truth.awaitExact(app.baseUrl(), TIMEOUT);
            truth.verify(app.baseUrl());
        } finally {
            if (app != null) {
                app.close();
            }
            broker.close();
        }
    }
}
