package io.c360.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.c360.app.C360App;
import io.c360.config.AppConfig;
import io.c360.config.ConfigLoader;
import io.c360.testing.Await;
import io.c360.testing.GroundTruth;
import io.c360.testing.LoadPublisher;
import io.c360.testing.TestAuth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The docker-compose.yml deployment, rehearsed without Docker: its three brokers with their compose settings
 * (one KRaft quorum, replication 3, min ISR 2), its topics as kafka-init creates them (with fewer partitions),
 * and its two c360 instances with config/compose.properties. The active controller goes down in the middle of
 * a load and comes back; every total is exact afterwards, through either instance.
 */
class ComposeStackIT {
    private static final Logger LOG = LoggerFactory.getLogger(ComposeStackIT.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(240);
    private static final int CUSTOMERS = 60;
    /**
     * The compose file's 12 partitions per topic, times three replicas, on one 2-core host shared by three
     * brokers and two instances, kept the brokers' request handlers busy with fetches (JFR: 46 % of samples)
     * and the test at over three minutes; 4 partitions exercise the same deployment.
     */
    private static final int PARTITIONS = 4;

    @TempDir
    Path dir;

    @Test
    void theStackRidesOutTheLossOfTheActiveControllerAndLosesAndDoublesNothing() throws Exception {
        ComposeFile compose = ComposeFile.read();
        List<C360App> instances = new ArrayList<>();
        ComposeCluster cluster = ComposeCluster.start(compose, dir.resolve("kafka"));
        try {
            assertEquals(3, cluster.services().size());
            String bootstrap = cluster.translate(String.join(",",
                ComposeFile.instanceConfig(compose.c360Instances().values().iterator().next())
                    .getList("bootstrap.servers")));
            cluster.createTopicsAsTheInitServiceDoes(bootstrap, PARTITIONS);
            compose.c360Instances().forEach((name, service) -> instances.add(C360App.start(config(name, service,
                bootstrap))));
            for (C360App instance : instances) {
                Await.until(TIMEOUT, "instance RUNNING", () -> instance.health().ready()
                    ? Optional.of(true) : Optional.empty());
            }

            GroundTruth truth = new GroundTruth(11, CUSTOMERS);
            Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            try (LoadPublisher load = new LoadPublisher(bootstrap)) {
                load.publish(truth.signUps(t));
                load.publish(truth.activity(300, t.plusSeconds(1)));
                String controller = cluster.serviceOfNode(cluster.activeController(bootstrap));
                cluster.stop(controller);
                LOG.info("compose stack: {}, the active controller, stopped", controller);
                load.publish(truth.activity(300, t.plusSeconds(2)));
                cluster.restart(controller);
                LOG.info("compose stack: {} back", controller);
                load.publish(truth.activity(300, t.plusSeconds(3)));
            }

            truth.awaitExact(instances.get(0).baseUrl(), TIMEOUT);
            LOG.info("compose stack: every customer exact");
            for (C360App instance : instances) {
                truth.verify(instance.baseUrl());
            }
        } finally {
            instances.forEach(C360App::close);
            cluster.close();
        }
    }

    /**
     * What the image loads (the compose config file, then the service's environment), with what one host
     * forces: the translated broker addresses, a free HTTP port and {@code localhost} for it, a temporary state
     * directory, fewer partitions, and the secrets compose takes from the shell.
     */
    private AppConfig config(String name, Map<String, Object> service, String bootstrap) {
        return ConfigLoader.load(ComposeFile.CONFIG, ComposeFile.environment(service), TestAuth.with(Map.of(
            "bootstrap.servers", bootstrap,
            "state.dir", dir.resolve(name).toString(),
            "c360.http.port", "0",
            "c360.http.host", "localhost",
            "c360.topic.partitions", String.valueOf(PARTITIONS))));
    }
}
