package io.c360.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.c360.config.AppConfig;
import io.c360.config.ConfigLoader;
import io.c360.kafka.TopicSpec;
import io.c360.kafka.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml must agree with config/: the topics c360 expects, its ports, one application id. */
class DeploymentComposeTest {
    private static final Path COMPOSE = Path.of("docker-compose.yml");
    private static final Path CONFIG = Path.of("config/compose.properties");
    private static final Pattern CREATE = Pattern.compile(
        "^\\s*create --topic (\\S+) --partitions (\\d+)(.*)$", Pattern.MULTILINE);
    private static final Pattern CONFIG_SETTING = Pattern.compile("--config ([\\w.]+)=(\\S+)");

    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void parse() throws IOException {
        try (Reader reader = Files.newBufferedReader(COMPOSE)) {
            Map<String, Object> compose = new Yaml().load(reader);
            services = (Map<String, Map<String, Object>>) compose.get("services");
        }
    }

    @Test
    void threeKraftBrokersOfTheOfficialImageFormOneQuorumWithReplicationThreeAndMinIsrTwo() {
        Map<String, Map<String, Object>> brokers = servicesNamed("kafka-\\d");
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
        String script = String.join("\n", stringList(services.get("kafka-init").get("command")));
        assertTrue(script.contains("--replication-factor 3 --config min.insync.replicas=2"), script);
        Map<String, String> created = new TreeMap<>();
        Matcher m = CREATE.matcher(script);
        while (m.find()) {
            Map<String, String> configs = new TreeMap<>();
            Matcher setting = CONFIG_SETTING.matcher(m.group(3));
            while (setting.find()) {
                configs.put(setting.group(1), setting.group(2));
            }
            created.put(m.group(1), m.group(2) + " " + configs);
        }
        for (Map.Entry<String, Map<String, Object>> instance : c360Instances().entrySet()) {
            Map<String, String> expected = new TreeMap<>();
            for (TopicSpec spec : new Topics(instanceConfig(instance.getValue())).all()) {
                expected.put(spec.name(), spec.partitions() + " " + new TreeMap<>(spec.configs()));
            }
            assertEquals(expected, created, instance.getKey());
        }
    }

    @Test
    void twoC360InstancesShareTheApplicationIdAdvertiseTheirOwnHostAndExposeTheConfiguredPort() {
        Map<String, Map<String, Object>> instances = c360Instances();
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
                assertTrue(services.containsKey(server.substring(0, server.indexOf(':'))), server);
                assertTrue(server.endsWith(":9092"), server);
            }
        });
        assertEquals(1, applicationIds.size(), "one consumer group");
        assertEquals(instances.size(), hosts.size(), "distinct hosts");
    }

    @Test
    void everyInstanceTakesItsApiKeysAndTheSharedInternalSecretFromTheEnvironmentAndRefusesToStartWithout() {
        Set<String> secrets = new HashSet<>();
        c360Instances().forEach((name, service) -> {
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
        assertTrue(dockerfile.contains("\"--config\", \"/opt/c360/config/" + CONFIG.getFileName() + "\""));
        assertTrue(dockerfile.contains("COPY target/c360.jar"));
    }

    private static Map<String, Map<String, Object>> c360Instances() {
        return servicesNamed("c360-\\d+");
    }

    private static Map<String, Map<String, Object>> servicesNamed(String regex) {
        return services.entrySet().stream().filter(e -> e.getKey().matches(regex))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }

    private static AppConfig instanceConfig(Map<String, Object> service) {
        return ConfigLoader.load(CONFIG, environment(service), Map.of());
    }

    private static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> env = new TreeMap<>();
        Object raw = service.get("environment");
        if (raw instanceof Map<?, ?> map) {
            map.forEach((k, v) -> env.put(k.toString(), String.valueOf(v)));
        }
        return env;
    }

    private static List<String> stringList(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(value.toString());
    }
}
