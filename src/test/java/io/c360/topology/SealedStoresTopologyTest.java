package io.c360.topology;

import static io.c360.testing.Events.T0;
import static io.c360.testing.Events.event;
import static io.c360.testing.Events.ids;
import static io.c360.testing.Events.order;
import static io.c360.testing.Events.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.c360.avro.CustomerProfile;
import io.c360.avro.SourceSystem;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crypto-shredding: what the identity, record and customer stages keep of a person reaches Kafka (their changelogs) sealed
 * with the person's data keys, and an erasure destroys those keys, so the copies Kafka still holds until
 * compaction can no longer be read.
 */
class SealedStoresTopologyTest {
    private static final String APP = "c360-topology-test";
    private static final List<String> SEALED = List.of(StoreNames.PROFILES, StoreNames.TIMELINE,
        StoreNames.CUSTOMER_CONTRIBUTIONS, StoreNames.RECORD_CONTRIBUTIONS, StoreNames.IDENTITY_RECORDS,
        StoreNames.IDENTITY_CUSTOMERS);

    @TempDir
    Path stateDir;
    private TopologyFixture fx;

    @BeforeEach
    void setUp() {
        fx = new TopologyFixture(stateDir, Map.of());
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void personalDataReachesTheChangelogsSealedAndTheErasureShredsItsKeys() {
        fx.sendAvro("crm", event("crm-1", SourceSystem.CRM, T0).setSourceRecordId("CRM-OK")
            .setIdentifiers(ids().setCrmId("CRM-OK").setEmail("olga.kowalska@example.pl").build())
            .setPerson(person("Olga", "Kowalska")).setPayload(order("W-1", 10.0)).build());
        CustomerProfile olga = fx.liveProfiles().get(0);
        assertEquals("Olga", olga.getAttributes().get("firstName").getValue(), "the stores read back in clear");

        for (String store : SEALED) {
            List<KeyValue<String, byte[]>> log = changelog(store);
            assertFalse(log.isEmpty(), store);
            for (KeyValue<String, byte[]> entry : log) {
                String bytes = new String(entry.value, StandardCharsets.ISO_8859_1).toLowerCase();
                assertFalse(bytes.contains("kowalska") || bytes.contains("olga"), store + " holds her name in clear");
                assertEquals((byte) 0xC5, entry.value[0], store + " entry not sealed");
            }
        }
        assertEquals(1, changelog(StoreNames.CUSTOMER_KEYS).stream().filter(kv -> kv.value != null).count());
        List<String> indexKeys = changelog(StoreNames.IDENTITY_INDEX).stream().map(kv -> kv.key).toList();
        assertTrue(indexKeys.contains("i:email:" + new io.c360.privacy.Pseudonyms(io.c360.privacy.PrivacyKeys.from(
            fx.config)).of("olga.kowalska@example.pl")), indexKeys.toString());
        assertEquals(List.of(), indexKeys.stream().filter(k -> k.contains("olga") || k.contains("kowal")).toList(),
            "index keys hold keyed hashes, not her e-mail or name");

        fx.driver.createInputTopic("c360.erasure-requests", new StringSerializer(), new ByteArraySerializer())
            .pipeInput(null, ("{\"requestId\":\"r\",\"customerId\":\"" + olga.getCustomerId()
                + "\",\"requestedBy\":\"dpo\"}").getBytes(StandardCharsets.UTF_8));

        assertTrue(changelog(StoreNames.CUSTOMER_KEYS).stream()
            .anyMatch(kv -> kv.key.equals(olga.getCustomerId()) && kv.value == null), "her key is shredded");
        assertTrue(changelog(StoreNames.RECORD_KEYS).stream()
            .anyMatch(kv -> kv.key.equals("CRM:CRM-OK") && kv.value == null), "her record's key is shredded");
        List<KeyValue<String, byte[]>> identityKeys = changelog(StoreNames.IDENTITY_KEYS);
        for (String subject : List.of("CRM:CRM-OK", olga.getCustomerId())) {
            assertTrue(identityKeys.stream().anyMatch(kv -> kv.key.equals(subject) && kv.value == null),
                "the identity stage's key for " + subject + " is shredded");
        }
        assertTrue(fx.driver.getKeyValueStore(StoreNames.CUSTOMER_KEYS).get(olga.getCustomerId()) == null);
    }

    private List<KeyValue<String, byte[]>> changelog(String store) {
        return fx.driver.createOutputTopic(APP + "-" + store + "-changelog", new StringDeserializer(),
            new ByteArrayDeserializer()).readKeyValuesToList();
    }
}
