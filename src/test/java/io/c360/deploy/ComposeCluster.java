package io.c360.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.c360.kafka.EmbeddedKafkaBroker;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The Kafka services of docker-compose.yml, each run as an in-process KRaft node with the server settings the
 * {@code apache/kafka} image derives from its environment. Only what a single host forces changes: every
 * container port becomes a free loopback port, service names become {@code localhost}, and the log
 * directories are temporary.
 */
final class ComposeCluster implements AutoCloseable {
    /** Variables of the image that configure the JVM or the image itself, not the server. */
    private static final Set<String> NOT_SERVER_SETTINGS = Set.of("KAFKA_HEAP_OPTS", "KAFKA_OPTS",
        "KAFKA_JVM_PERFORMANCE_OPTS", "KAFKA_GC_LOG_OPTS", "KAFKA_LOG4J_OPTS", "KAFKA_JMX_OPTS",
        "KAFKA_JMX_HOSTNAME", "KAFKA_VERSION", "KAFKA_LOG4J_ROOT_LOGLEVEL", "KAFKA_LOG4J_LOGGERS",
        "KAFKA_TOOLS_LOG4J_LOGLEVEL");
    private static final Set<String> ADDRESS_SETTINGS = Set.of("listeners", "advertised.listeners",
        "controller.quorum.voters", "controller.quorum.bootstrap.servers");
    /** host:port in a listener list, a voter list or a bootstrap list; an empty host is the service itself. */
    private static final Pattern ADDRESS = Pattern.compile("([A-Za-z][A-Za-z0-9.-]*)?:(\\d+)");

    private final ComposeFile compose;
    private final Path dir;
    private final Map<String, Integer> loopbackPorts = new HashMap<>();
    private final Map<String, EmbeddedKafkaBroker> running = new TreeMap<>();

    private ComposeCluster(ComposeFile compose, Path dir) {
        this.compose = compose;
        this.dir = dir;
    }

    /** Starts every broker service together: a node's start-up waits for a majority of the quorum. */
    static ComposeCluster start(ComposeFile compose, Path dir) {
        ComposeCluster cluster = new ComposeCluster(compose, dir);
        List<CompletableFuture<Void>> starts = new ArrayList<>();
        for (String service : compose.brokers().keySet()) {
            starts.add(CompletableFuture.runAsync(() -> cluster.startNode(service)));
        }
        CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();
        return cluster;
    }

    Set<String> services() {
        return compose.brokers().keySet();
    }

    /** Stops a service's node, as {@code docker compose stop} would. */
    void stop(String service) {
        EmbeddedKafkaBroker node;
        synchronized (running) {
            node = running.remove(service);
        }
        node.close();
    }

    /** Starts a service's node again, with its data and ports. */
    void restart(String service) {
        startNode(service);
    }

    /**
     * {@code addresses} as seen from inside the compose network or from the host ({@code kafka-1:9092},
     * {@code localhost:29092}), translated to this cluster's loopback ports.
     */
    String translate(String addresses) {
        return translate(null, addresses);
    }

    /** Creates the topics as the kafka-init service does, with at most {@code maxPartitions} each. */
    void createTopicsAsTheInitServiceDoes(String bootstrapServers, int maxPartitions)
        throws InterruptedException, ExecutionException {
        short replication = compose.initReplicationFactor();
        List<NewTopic> topics = compose.initTopics().values().stream().map(t -> {
            Map<String, String> configs = new TreeMap<>(compose.initCommonConfigs());
            configs.putAll(t.configs());
            return new NewTopic(t.name(), Math.min(t.partitions(), maxPartitions), replication).configs(configs);
        }).toList();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(topics).all().get();
        }
    }

    /** The node id of the active controller. */
    int activeController(String bootstrapServers) throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            return admin.describeMetadataQuorum().quorumInfo().get().leaderId();
        }
    }

    /** The service whose {@code KAFKA_NODE_ID} is {@code nodeId}. */
    String serviceOfNode(int nodeId) {
        return compose.brokers().entrySet().stream()
            .filter(e -> String.valueOf(nodeId).equals(ComposeFile.environment(e.getValue()).get("KAFKA_NODE_ID")))
            .map(Map.Entry::getKey).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no broker service has node id " + nodeId));
    }

    private void startNode(String service) {
        Map<String, String> env = ComposeFile.environment(compose.service(service));
        Properties props = serverProperties(service, env);
        EmbeddedKafkaBroker node = EmbeddedKafkaBroker.startNode(props, env.get("CLUSTER_ID"),
            advertisedAddress(props, env.get("KAFKA_INTER_BROKER_LISTENER_NAME")));
        synchronized (running) {
            running.put(service, node);
        }
    }

    /** What the image writes into server.properties: KAFKA_FOO_BAR → foo.bar, __ → _, ___ → -. */
    private Properties serverProperties(String service, Map<String, String> env) {
        Properties props = new Properties();
        env.forEach((name, value) -> {
            if (name.startsWith("KAFKA_") && !NOT_SERVER_SETTINGS.contains(name)) {
                String key = name.substring("KAFKA_".length()).toLowerCase(Locale.ROOT)
                    .replace("___", "-").replace("__", "\u0000").replace('_', '.').replace('\u0000', '_');
                props.put(key, ADDRESS_SETTINGS.contains(key) ? translate(service, value) : value);
            }
        });
        props.put("log.dirs", dir.resolve(service).resolve("kafka-logs").toString());
        return props;
    }

    private static String advertisedAddress(Properties props, String listener) {
        for (String entry : props.getProperty("advertised.listeners").split(",")) {
            if (entry.startsWith(listener + "://")) {
                return entry.substring(listener.length() + 3);
            }
        }
        throw new IllegalStateException("no advertised " + listener + " listener");
    }

    private String translate(String service, String addresses) {
        Matcher m = ADDRESS.matcher(addresses);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String host = m.group(1);
            int port = Integer.parseInt(m.group(2));
            String key = "localhost".equals(host) ? publishedPort(port)
                : (host == null ? requireService(service, addresses) : host) + ":" + port;
            m.appendReplacement(out, "localhost:" + loopbackPort(key));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String requireService(String service, String addresses) {
        if (service == null) {
            throw new IllegalArgumentException("an address without a host outside a service: " + addresses);
        }
        return service;
    }

    /** The service and container port behind a port the compose file publishes on the host. */
    private String publishedPort(int hostPort) {
        for (Map.Entry<String, Map<String, Object>> broker : compose.brokers().entrySet()) {
            for (String mapping : ComposeFile.stringList(broker.getValue().get("ports"))) {
                String[] parts = mapping.split(":");
                if (Integer.parseInt(parts[0]) == hostPort) {
                    return broker.getKey() + ":" + parts[1];
                }
            }
        }
        throw new IllegalArgumentException("no service publishes port " + hostPort);
    }

    private synchronized int loopbackPort(String serviceAndPort) {
        return loopbackPorts.computeIfAbsent(serviceAndPort, k -> EmbeddedKafkaBroker.freePort());
    }

    /** Stops every node at once: the last ones could not shut down cleanly without a quorum. */
    @Override
    public void close() {
        List<String> services;
        synchronized (running) {
            services = List.copyOf(running.keySet());
        }
        CompletableFuture.allOf(services.stream().map(s -> CompletableFuture.runAsync(() -> stop(s)))
            .toArray(CompletableFuture[]::new)).join();
    }
}
