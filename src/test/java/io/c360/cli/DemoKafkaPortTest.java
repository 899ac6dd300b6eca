package io.c360.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import io.c360.kafka.EmbeddedKafkaBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoKafkaPortTest {
    @TempDir
    Path dir;

    @Test
    void aDataDirectoryKeepsItsPortAcrossStarts() {
        int first = DemoKafkaPort.choose(dir, 0);
        assertTrue(first > 0);
        assertEquals(first, DemoKafkaPort.choose(dir, 0));
    }

    @Test
    void anAskedForPortWinsAndIsKept() {
        int asked = EmbeddedKafkaBroker.freePort();
        assertEquals(asked, DemoKafkaPort.choose(dir, asked));
        assertEquals(asked, DemoKafkaPort.choose(dir, 0));
    }

    @Test
    void aPortTakenSinceTheLastStartIsReplaced() throws Exception {
        int first = DemoKafkaPort.choose(dir, 0);
        try (ServerSocket taken = new ServerSocket(first, 1, InetAddress.getLoopbackAddress())) {
            assertNotEquals(first, DemoKafkaPort.choose(dir, 0));
        }
    }

    @Test
    void refusesAPortOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> DemoKafkaPort.choose(dir, 70_000));
    }
}
