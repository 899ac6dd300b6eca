package io.c360.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Secrets stay out of printouts and error messages; Kafka TLS and SASL settings reach every client. */
class SecretsTest {
    private static final Map<String, String> SECURED = Map.of(
        "security.protocol", "SASL_SSL",
        "sasl.mechanism", "SCRAM-SHA-512",
        "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"c360\" "
            + "password=\"kafka-pass-1\";",
        "ssl.truststore.location", "/etc/c360/truststore.p12",
        "ssl.truststore.password", "trust-pass-2",
        "ssl.endpoint.identification.algorithm", "https");

    @Test
    void passwordsKeysAndSecretsAreSecretsAndOrdinarySettingsAreNot() {
        for (String key : List.of("c360.auth.api.keys", "c360.auth.jwt.secret", "c360.http.internal.secret",
            "c360.http.tls.keystore.password", "c360.privacy.master.key", "c360.auth.pseudonym.key",
            "sasl.jaas.config", "ssl.truststore.password", "ssl.key.password", "ssl.keystore.key")) {
            assertTrue(Secrets.isSecret(key), key);
        }
        for (String key : List.of("bootstrap.servers", "c360.http.port", "ssl.truststore.location",
            "sasl.mechanism", "c360.topic.audit", "c360.identity.link.types", "application.id")) {
            assertFalse(Secrets.isSecret(key), key);
        }
    }

    @Test
    void theConfigurationPrintoutHidesEverySecretValue() {
        AppConfig config = ConfigLoader.load(null, Map.of("C360_HTTP_INTERNAL_SECRET", "internal-3"),
            withAll(Map.of("c360.auth.jwt.secret", "jwt-4", "c360.privacy.master.key", "master-5")));
        String printed = config.toString();
        for (String secret : List.of("kafka-pass-1", "trust-pass-2", "internal-3", "jwt-4", "master-5")) {
            assertFalse(printed.contains(secret), secret + " printed");
        }
        assertTrue(printed.contains("ssl.truststore.location=/etc/c360/truststore.p12"), printed);
    }

    @Test
    void aMalformedSecretIsReportedByKeyNotByValue() {
        AppConfig config = new AppConfig(Map.of("c360.auth.enabled", "jwt-secret-6"));
        assertFalse(Secrets.isSecret("c360.auth.enabled"));
        AppConfig secret = new AppConfig(Map.of("c360.http.tls.keystore.password", "hunter2-7"));
        ConfigException e = assertThrows(ConfigException.class,
            () -> secret.getInt("c360.http.tls.keystore.password"));
        assertFalse(e.getMessage().contains("hunter2-7"), e.getMessage());
        assertThrows(ConfigException.class, () -> config.getBoolean("c360.auth.enabled"));
    }

    @Test
    void kafkaTlsAndSaslSettingsPassThroughToStreamsAndToEveryPlainClient() {
        AppConfig config = ConfigLoader.load(null, Map.of(), withAll(Map.of()));
        Properties streams = StreamsProperties.build(config);
        Properties clients = config.clientProperties();
        Properties all = config.kafkaProperties();
        SECURED.forEach((key, value) -> {
            assertEquals(value, streams.get(key), "Streams: " + key);
            assertEquals(value, clients.get(key), "admin, producers, consumers: " + key);
            assertEquals(value, all.get(key), "demo feed: " + key);
        });
        assertFalse(clients.containsKey("application.id"), "plain clients get no Streams-only keys");
    }

    private static Map<String, String> withAll(Map<String, String> more) {
        Map<String, String> all = new java.util.TreeMap<>(SECURED);
        all.putAll(more);
        return all;
    }
}
