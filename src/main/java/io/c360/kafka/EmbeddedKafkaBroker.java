package io.c360.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real KRaft Kafka node (broker and controller in one process), started from Kafka's own server classes.
 * Alone it backs the demo and the integration tests; several with one quorum make a cluster, as the tests of
 * the docker-compose deployment run it. Production points c360 at a real cluster.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

    private final Path logDir;
    private final String bootstrapServers;
    private final KafkaRaftServer server;

    private EmbeddedKafkaBroker(Path logDir, String bootstrapServers, KafkaRaftServer server) {
        this.logDir = logDir;
        this.bootstrapServers = bootstrapServers;
        this.server = server;
    }

    /** Formats {@code dataDir} if it is new and starts the broker on free ports of the loopback interface. */
    public static EmbeddedKafkaBroker start(Path dataDir) {
        return start(dataDir, freePort());
    }

    public static EmbeddedKafkaBroker start(Path dataDir, int brokerPort) {
        Path logDir = dataDir.resolve("kafka-logs");
        return startNode(brokerProperties(logDir, brokerPort, freePort()), Uuid.randomUuid().toString(),
            "localhost:" + brokerPort);
    }

    /**
     * Starts one node configured whole by the caller ({@code serverProperties}: roles, listeners, quorum,
     * {@code log.dirs}), formatting its log directory for {@code clusterId} if it is new. Returns once the
     * node has started, which for a node of a larger quorum needs a majority of the voters running.
     */
    public static EmbeddedKafkaBroker startNode(Properties serverProperties, String clusterId,
                                                String bootstrapServers) {
        Path logDir = Path.of(serverProperties.getProperty("log.dirs"));
        try {
            Files.createDirectories(logDir);
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                format(logDir.resolveSibling(logDir.getFileName() + ".properties"), serverProperties, clusterId);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the broker's data directory " + logDir, e);
        }
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(serverProperties, false), Time.SYSTEM);
        server.startup();
        LOG.info("Embedded Kafka node listening on {} (data in {})", bootstrapServers, logDir);
        return new EmbeddedKafkaBroker(logDir, bootstrapServers, server);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public Path logDir() {
        return logDir;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        LOG.info("Embedded Kafka node {} stopped", bootstrapServers);
    }

    private static Properties brokerProperties(Path logDir, int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        p.put("listeners", "PLAINTEXT://localhost:" + brokerPort + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + brokerPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toAbsolutePath().toString());
        p.put("num.partitions", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "4");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "4");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "false");
        p.put("log.flush.interval.messages", String.valueOf(Long.MAX_VALUE));
        return p;
    }

    private static void format(Path configFile, Properties props, String clusterId) throws IOException {
        try (OutputStream out = Files.newOutputStream(configFile)) {
            props.store(out, "c360 embedded broker");
        }
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int rc;
        try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            rc = StorageTool.execute(new String[] {"format", "-t", clusterId,
                "-c", configFile.toString()}, out);
        }
        if (rc != 0) {
            throw new IllegalStateException("formatting the broker's log directory failed: "
                + captured.toString(StandardCharsets.UTF_8).trim());
        }
    }

    /** A port free on this machine now, for a listener the caller is about to open. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on this machine", e);
        }
    }
}
