package io.c360.deploy;

import static io.c360.deploy.ComposeFile.environment;
import static io.c360.deploy.ComposeFile.instanceConfig;
import static io.c360.deploy.ComposeFile.stringList;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.c360.config.AppConfig;
import io.c360.kafka.TopicSpec;
import io.c360.kafka.Topics;
import org.junit.jupiter.api.Test;

/** docker-compose.yml must agree with config/: the topics c360 expects, its ports, one application id. */
class DeploymentComposeTest {
    private static final ComposeFile COMPOSE = ComposeFile.read();

    @Test
    void threeKraftBrokersOfTheOfficialImageFormOneQuorumWithReplicationThreeAndMinIsrTwo() {
        Map<String, Map<String, Object>> brokers = COMPOSE.brokers();
        assertEquals(3, brokers.size());
        Set<String> nodeIds = new HashSet<>();
        brokers.forEach((name, service) -> {
            assertTrue(service.get("image").toString().startsWith("apache/kafka:"), name);
            Map<String, String> env = environment(service);
            nodeIds.add(env.get("KAFKA_NODE_ID"));
            assertEquals("1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093", env.get("KAFKA_CONTROLLER_QUORUM_VOTERS"));
            assertEquals("broker,controller", env.get("KAFKA_PROCESS_ROLES"));
            assertEquals("3", env.get("KAFKA_DEFAULT_REPLICATION_FACTOR"));
            assertEquals("2", env.get("KAFKA_MIN_INSYNC_REPLICAS"));
            assertEquals("3", env.get("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR"));
            assertEquals("2", env.get("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR"));
            assertTrue(env.get("KAFKA_ADVERTISED_LISTENERS").contains("PLAINTEXT://" + name + ":9092"), name);
        });
        assertEquals(Set.of("1", "2", "3"), nodeIds);
    }

    @Test
    void theInitServiceCreatesExactlyTheTopicsC360ExpectsWithTheirSettingsReplicatedThreeTimes() {
        assertEquals(3, COMPOSE.initReplicationFactor());
        assertEquals(Map.of("min.insync.replicas", "2"), COMPOSE.initCommonConfigs());
        Map<String, String> created = new TreeMap<>();
        COMPOSE.initTopics().values().forEach(t -> created.put(t.name(), t.partitions() + " " + t.configs()));
        for (Map.Entry<String, Map<String, Object>> instance : COMPOSE.c360Instances().entrySet()) {
            Map<String, String> expected = new TreeMap<>();
            for (TopicSpec spec : new Topics(instanceConfig(instance.getValue())).all()) {
                expected.put(spec.name(), spec.partitions() + " " + new TreeMap<>(spec.configs()));
            }
            assertEquals(expected, created, instance.getKey());
        }
    }

    @Test
    void twoC360InstancesShareTheApplicationIdAdvertiseTheirOwnHostAndExposeTheConfiguredPort() {
        Map<String, Map<String, Object>> instances = COMPOSE.c360Instances();
        assertTrue(instances.size() >= 2, "at least two c360 instances");
        Set<String> applicationIds = new HashSet<>();
        Set<String> hosts = new HashSet<>();
        instances.forEach((name, service) -> {
            AppConfig config = instanceConfig(service);
            applicationIds.add(config.get("application.id"));
            hosts.add(config.get("c360.http.host"));
            assertEquals(name, config.get("c360.http.host"), "other instances reach " + name + " by its name");
            assertEquals(name, service.get("hostname"));
            String containerPort = String.valueOf(config.getInt("c360.http.port"));
            assertTrue(stringList(service.get("ports")).stream().anyMatch(p -> p.endsWith(":" + containerPort)),
                name + " publishes port " + containerPort);
            assertTrue(config.getInt("num.standby.replicas") >= 1, "standby replicas on");
            assertEquals("3", config.get("replication.factor"), "Streams' own topics replicated too");
            assertEquals("false", config.get("c360.topic.create"), "kafka-init creates the topics");
            for (String server : config.getList("bootstrap.servers")) {
                assertTrue(COMPOSE.hasService(server.substring(0, server.indexOf(':'))), server);
                assertTrue(server.endsWith(":9092"), server);
            }
        });
        assertEquals(1, applicationIds.size(), "one consumer group");
        assertEquals(instances.size(), hosts.size(), "distinct hosts");
    }

    @Test
    void everyInstanceTakesItsApiKeysAndTheSharedInternalSecretFromTheEnvironmentAndRefusesToStartWithout() {
        Set<String> secrets = new HashSet<>();
        COMPOSE.c360Instances().forEach((name, service) -> {
            AppConfig config = instanceConfig(service);
            assertTrue(config.getBoolean("c360.auth.enabled"), name);
            assertTrue(config.get("c360.auth.api.keys").startsWith("${C360_AUTH_API_KEYS:?"), name);
            secrets.add(config.get("c360.http.internal.secret"));
        });
        assertEquals(Set.of("${C360_HTTP_INTERNAL_SECRET:?set C360_HTTP_INTERNAL_SECRET, the same for all "
            + "instances}"), secrets, "one secret, required, for all instances");
    }

    @Test
    void theImageRunsTheComposeConfiguration() throws IOException {
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        assertTrue(dockerfile.contains("\"--config\", \"/opt/c360/config/" + ComposeFile.CONFIG.getFileName() + "\""));
        assertTrue(dockerfile.contains("COPY target/c360.jar"));
    }
}
