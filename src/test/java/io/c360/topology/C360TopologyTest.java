package io.c360.topology;

import static io.c360.testing.Events.T0;
import static io.c360.testing.Events.event;
import static io.c360.testing.Events.ids;
import static io.c360.testing.Events.order;
import static io.c360.testing.Events.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.c360.avro.ChangeType;
import io.c360.avro.CustomerMerged;
import io.c360.avro.CustomerProfile;
import io.c360.avro.DeadLetter;
import io.c360.avro.FieldChange;
import io.c360.avro.ProfileChanged;
import io.c360.avro.SourceSystem;
import io.c360.avro.TouchpointEvent;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class C360TopologyTest {
    @TempDir
    Path stateDir;

    private TopologyFixture fx;

    @BeforeEach
    void start() {
        fx = new TopologyFixture(stateDir, Map.of());
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private void sendAvro(String source, TouchpointEvent e) {
        fx.sendAvro(source, e);
    }

    private void sendJson(String source, String json) {
        fx.sendJson(source, json);
    }

    private List<CustomerProfile> liveProfiles() {
        return fx.liveProfiles();
    }

    @Test
    void avroAndJsonEventsAreStandardizedAndAggregatedIntoOneProfile() {
        sendAvro("crm", event("crm-1", SourceSystem.CRM, T0).setSourceRecordId("CRM-1")
            .setIdentifiers(ids().setCrmId("CRM-1").setEmail(" Jane.Doe@Example.COM ").setPhone("(202) 555-0147")
                .build())
            .setPerson(person("JANE", "doe")).build());
        sendJson("web", """
            {"eventId":"web-1","source":"web","channel":"web","eventType":"login","eventTime":"2026-01-01T11:00:00Z",
             "identifiers":{"cookieId":"ck-1","email":"jane.doe@example.com"},
             "payload":{"type":"PageView","url":"https://shop.example/p/1","category":"shoes"}}""");
        sendAvro("pos", event("pos-1", SourceSystem.POS, T0.plusSeconds(7200))
            .setIdentifiers(ids().setPhone("+1 202-555-0147").setLoyaltyId("LOY-1").build())
            .setPayload(order("S-1", 42.0)).build());

        List<CustomerProfile> live = liveProfiles();
        assertEquals(1, live.size());
        CustomerProfile p = live.get(0);
        assertEquals("jane.doe@example.com", p.getAttributes().get("email").getValue());
        assertEquals("+12025550147", p.getAttributes().get("phone").getValue());
        assertEquals("Jane", p.getAttributes().get("firstName").getValue());
        assertEquals(3, p.getEventCount());
        assertEquals(3, p.getEventsBySource().size());
        assertEquals(1, p.getWeb().getPageViews());
        assertEquals(42.0, p.getCommerce().getRevenue(), 1e-9);

        List<ProfileChanged> changes = fx.changed.readValuesToList();
        assertEquals(3, changes.size());
        assertEquals(ChangeType.CREATED, changes.get(0).getChangeType());
        assertEquals("crm-1", changes.get(0).getCauseEventId());
        assertEquals("jane.doe@example.com", changes.get(0).getCauseEvent().getIdentifiers().getEmail(),
            "the cause is the standardized event");
        ProfileChanged last = changes.get(2);
        assertEquals(ChangeType.UPDATED, last.getChangeType());
        Map<String, FieldChange> fields = last.getChangedFields().stream()
            .collect(Collectors.toMap(FieldChange::getField, f -> f));
        assertEquals("0", fields.get("commerce.orderCount").getOldValue());
        assertEquals("1", fields.get("commerce.orderCount").getNewValue());
        assertEquals("LOY-1", fields.get("identifiers.loyaltyId").getNewValue());
        assertTrue(fx.deadLetters.isEmpty());
    }

    @Test
    void aLaterEventLinkingTwoCustomersMergesThemWithoutDoubleCounting() {
        sendAvro("crm", event("crm-1", SourceSystem.CRM, T0)
            .setIdentifiers(ids().setEmail("jane@example.com").build()).setPayload(order("W-1", 10.0)).build());
        sendAvro("pos", event("pos-1", SourceSystem.POS, T0.plusSeconds(60))
            .setIdentifiers(ids().setLoyaltyId("LOY-1").build()).setPayload(order("S-1", 5.0)).build());
        assertEquals(2, liveProfiles().size());
        fx.changed.readValuesToList();

        sendAvro("loyalty", event("loy-1", SourceSystem.LOYALTY, T0.plusSeconds(120))
            .setIdentifiers(ids().setEmail("jane@example.com").setLoyaltyId("LOY-1").build()).build());

        List<CustomerProfile> live = liveProfiles();
        assertEquals(1, live.size());
        CustomerProfile survivor = live.get(0);
        assertEquals(3, survivor.getEventCount());
        assertEquals(2, survivor.getCommerce().getOrderCount());
        assertEquals(15.0, survivor.getCommerce().getRevenue(), 1e-9);
        assertEquals(1, survivor.getMergedFrom().size());
        String retiredId = survivor.getMergedFrom().get(0);
        assertEquals(survivor.getCustomerId(), fx.profiles.get(retiredId).getMergedInto());

        byte[] published = fx.driver.createOutputTopic("c360.customer-merged", new StringDeserializer(),
            new ByteArrayDeserializer()).readValue();
        CustomerMerged merge = fx.serdes.customerMerged().deserializer().deserialize("t", published);
        assertEquals(retiredId, merge.getRetiredId());
        assertEquals("shared-identifier:loyaltyId", merge.getRule());
        String bytes = new String(published, StandardCharsets.ISO_8859_1);
        assertFalse(bytes.contains("jane@example.com") || bytes.contains("LOY-1"), "no identifier in clear, not even in record keys: " + merge);
        assertTrue(fx.driver.getKeyValueStore(StoreNames.IDENTITY_CUSTOMERS).get(survivor.getCustomerId()).toString()
            .contains("jane@example.com"), "the values stay in the sealed identity store, for GET /identity");
        for (String store : List.of(StoreNames.RECORD_CONTRIBUTIONS, StoreNames.RECORD_KEYS, StoreNames.IDENTITY_RECORDS)) {
            fx.driver.createOutputTopic("c360-topology-test-" + store + "-changelog", new StringDeserializer(),
                new ByteArrayDeserializer()).readKeyValuesToList().stream().map(kv -> kv.key).forEach(key ->
                    assertFalse(key.contains("jane@example.com") || key.contains("LOY-1"), store + " key " + key));
        }
        assertEquals(survivor.getCustomerId(), merge.getSurvivorId());
        assertEquals("loy-1", merge.getCauseEventId());
        List<ChangeType> types = fx.changed.readValuesToList().stream().map(ProfileChanged::getChangeType).toList();
        assertTrue(types.containsAll(List.of(ChangeType.RETIRED, ChangeType.MERGED, ChangeType.UPDATED)), types::toString);

        sendAvro("pos", event("pos-2", SourceSystem.POS, T0.plusSeconds(180))
            .setIdentifiers(ids().setLoyaltyId("LOY-1").build()).setPayload(order("S-2", 1.0)).build());
        assertEquals(3, liveProfiles().get(0).getCommerce().getOrderCount());
        assertEquals(1, liveProfiles().size());
    }

    @Test
    void undecodableAndInvalidRecordsGoToTheDeadLetterTopicWithTheReason() {
        fx.input("crm").pipeInput("k", "not an event".getBytes(StandardCharsets.UTF_8));
        sendJson("web", "{\"eventId\":\"w\",\"source\":\"web\"}");
        sendJson("web", """
            {"eventId":"w2","source":"web","eventType":"page_view","eventTime":"2026-01-01T11:00:00Z",
             "identifiers":{"email":"test@test.com"}}""");
        fx.input("pos").pipeInput("k", new byte[] {(byte) 0xC3, 0x01, 9, 9, 9, 9, 9, 9, 9, 9, 1});

        List<DeadLetter> letters = fx.deadLetters.readValuesToList();
        assertEquals(4, letters.size());
        assertEquals("DECODE", letters.get(0).getErrorType());
        assertEquals("c360.touchpoints.crm", letters.get(0).getSourceTopic());
        assertEquals(0L, letters.get(0).getSourceOffset());
        assertNotNull(letters.get(0).getOriginalValue());
        assertEquals("INVALID", letters.get(1).getErrorType());
        assertTrue(letters.get(1).getReason().contains("eventType"), letters.get(1).getReason());
        assertEquals("INVALID", letters.get(2).getErrorType());
        assertTrue(letters.get(2).getReason().contains("identifier"), letters.get(2).getReason());
        assertEquals("UNKNOWN_SCHEMA", letters.get(3).getErrorType());
        assertTrue(liveProfiles().isEmpty());
        assertNull(fx.profiles.get("anything"));
    }
}
