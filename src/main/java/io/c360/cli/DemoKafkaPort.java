package io.c360.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.c360.kafka.EmbeddedKafkaBroker;

/**
 * The demo broker's port. Asked for one, the demo uses it; otherwise a demo with a data directory reuses the
 * port of its last start (kept in {@value #FILE}), so producers outside the demo keep their bootstrap address
 * across restarts; a port taken since, or a new directory, gets a free one.
 */
final class DemoKafkaPort {
    static final String FILE = "kafka-port";

    private DemoKafkaPort() {
    }

    /** @param requested 0 for automatic, else the port to use */
    static int choose(Path dataDir, int requested) {
        if (requested < 0 || requested > 65_535) {
            throw new IllegalArgumentException("--kafka-port must be 0 (automatic) or 1-65535, was " + requested);
        }
        Path file = dataDir.resolve(FILE);
        int port = requested != 0 ? requested : remembered(file);
        if (port == 0 || (requested == 0 && !free(port))) {
            port = EmbeddedKafkaBroker.freePort();
        }
        try {
            Files.writeString(file, port + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remember the demo's Kafka port in " + file, e);
        }
        return port;
    }

    private static int remembered(Path file) {
        try {
            return Files.exists(file) ? Integer.parseInt(Files.readString(file, StandardCharsets.US_ASCII).trim()) : 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
