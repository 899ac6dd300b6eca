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
 * A real single-node KRaft Kafka broker (broker and controller in one process), started from Kafka's own
 * server classes. It backs the demo and the integration tests; production points c360 at a real cluster.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

    private final Path logDir;
    private final int brokerPort;
    private final KafkaRaftServer server;

    private EmbeddedKafkaBroker(Path logDir, int brokerPort, KafkaRaftServer server) {
        this.logDir = logDir;
        this.brokerPort = brokerPort;
        this.server = server;
    }

    /** Formats {@code dataDir} if it is new and starts the broker on free ports of the loopback interface. */
    public static EmbeddedKafkaBroker start(Path dataDir) {
        return start(dataDir, freePort());
    }

    public static EmbeddedKafkaBroker start(Path dataDir, int brokerPort) {
        int controllerPort = freePort();
        Path logDir = dataDir.resolve("kafka-logs");
        Properties props = brokerProperties(logDir, brokerPort, controllerPort);
        try {
            Files.createDirectories(logDir);
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                format(dataDir, props);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the broker's data directory " + dataDir, e);
        }
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        server.startup();
        LOG.info("Embedded Kafka broker listening on localhost:{} (data in {})", brokerPort, logDir);
        return new EmbeddedKafkaBroker(logDir, brokerPort, server);
    }

    public String bootstrapServers() {
        return "localhost:" + brokerPort;
    }

    public Path logDir() {
        return logDir;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        LOG.info("Embedded Kafka broker stopped");
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

    private static void format(Path dataDir, Properties props) throws IOException {
        Path configFile = dataDir.resolve("broker.properties");
        try (OutputStream out = Files.newOutputStream(configFile)) {
            props.store(out, "c360 embedded broker");
        }
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int rc;
        try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            rc = StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(),
                "-c", configFile.toString()}, out);
        }
        if (rc != 0) {
            throw new IllegalStateException("formatting the broker's log directory failed: "
                + captured.toString(StandardCharsets.UTF_8).trim());
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on this machine", e);
        }
    }
}
