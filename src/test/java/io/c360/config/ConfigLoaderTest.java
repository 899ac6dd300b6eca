package io.c360.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void defaultsThenFileThenEnvironmentThenCommandLine() throws IOException {
        Path file = dir.resolve("c360.properties");
        Files.writeString(file, "c360.http.port=9000\nc360.topic.partitions=8\nbootstrap.servers=file:9092\n"
            + "num.stream.threads=3\n");

        AppConfig config = ConfigLoader.load(file,
            Map.of("C360_TOPIC_PARTITIONS", "12", "KAFKA_BOOTSTRAP_SERVERS", "env:9092", "PATH", "/usr/bin"),
            Map.of("bootstrap.servers", "cli:9092"));

        assertEquals(9000, config.getInt("c360.http.port"));
        assertEquals(12, config.getInt("c360.topic.partitions"));
        assertEquals("cli:9092", config.get("bootstrap.servers"));
        assertEquals("c360", config.get("application.id"));
        Properties kafka = config.kafkaProperties();
        assertEquals("3", kafka.get("num.stream.threads"));
        assertFalse(kafka.containsKey("c360.http.port"));
        assertFalse(kafka.containsKey("path"));
    }

    @Test
    void streamsPropertiesForceTheAdvertisedServerAndKeepExactlyOnce() {
        AppConfig config = ConfigLoader.load(null, Map.of(), Map.of("c360.http.host", "node-7",
            "c360.http.port", "8181"));
        Properties streams = StreamsProperties.build(config);
        assertEquals("node-7:8181", streams.get("application.server"));
        assertEquals("exactly_once_v2", streams.get("processing.guarantee"));
    }

    @Test
    void badValuesAreNamedInTheError() {
        AppConfig config = ConfigLoader.load(null, Map.of(), Map.of("c360.topic.partitions", "many"));
        ConfigException e = assertThrows(ConfigException.class, () -> config.getInt("c360.topic.partitions"));
        assertTrue(e.getMessage().contains("c360.topic.partitions") && e.getMessage().contains("many"));
        assertThrows(ConfigException.class, () -> ConfigLoader.load(dir.resolve("missing.properties"), Map.of(),
            Map.of()));
    }
}
