package io.c360.topology;

import static io.c360.testing.Events.T0;
import static io.c360.testing.Events.event;
import static io.c360.testing.Events.ids;
import static io.c360.testing.Events.order;
import static io.c360.testing.Events.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.c360.avro.CustomerProfile;
import io.c360.avro.DeadLetter;
import io.c360.avro.ErasureReceipt;
import io.c360.avro.IdentityCommand;
import io.c360.avro.SourceSystem;
import io.c360.avro.SplitCustomer;
import io.c360.avro.TouchpointEvent;
import io.c360.privacy.ErasureReceipts;
import io.c360.privacy.PrivacyKeys;
import io.c360.privacy.Pseudonyms;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An erasure reaches every customer holding the person's records, however the identity stage has them split up
 * at that moment, and nobody a shared household value or an overshared value does not identify.
 */
class ErasureScopeTopologyTest {
    private static final String JANE_MAIL = "jane.doe@example.com";
    private static final String SHARED_LANDLINE = "+1 202 555 0147";

    @TempDir
    Path stateDir;
    private TopologyFixture fx;

    @BeforeEach
    void setUp() {
        fx = new TopologyFixture(stateDir, Map.of("c360.identity.max.records.email", "2"));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void anErasureByEmailReachesBothCustomersASplitLeftHerRecordsOn() {
        List<String> janes = janeSplitInTwo();
        request("{\"requestId\":\"r-1\",\"identifierType\":\"email\",\"identifierValue\":\"" + JANE_MAIL + "\","
            + "\"requestedBy\":\"privacy-portal\"}");
        assertEquals(Set.of(), liveIds(janes), "no customer holding her records is left");
        assertEquals(Set.of("John"), firstNames(), "John, who shares her landline, keeps his profile");

        List<KeyValue<String, ErasureReceipt>> receipts = fx.driver.createOutputTopic("c360.erasure-receipts",
            new StringDeserializer(), fx.serdes.avro(ErasureReceipt.class).deserializer()).readKeyValuesToList();
        assertEquals(1, receipts.size(), "one receipt for the one erasure");
        ErasureReceipts hashes = new ErasureReceipts(new Pseudonyms(PrivacyKeys.from(fx.config)));
        assertTrue(receipts.get(0).value.getCustomerIds().containsAll(janes.stream().map(hashes::valueHash).toList()),
            "the receipt covers every customer the erasure reached");
    }

    @Test
    void anErasureByCustomerIdReachesTheCustomersSharingItsStrongIdentifiersButNotTheHousehold() {
        List<String> janes = janeSplitInTwo();
        request("{\"requestId\":\"r-2\",\"customerId\":\"" + janes.get(0) + "\",\"requestedBy\":\"dpo\"}");
        assertEquals(Set.of(), liveIds(janes), "the customer split from her is erased with her");
        assertEquals(Set.of("John"), firstNames(), "a landline shared with a different given name reaches no one");
    }

    @Test
    void anErasureByAHouseholdPhoneNamesNoOnePersonAndIsRefusedWithADeadLetter() {
        janeSplitInTwo();
        int before = fx.liveProfiles().size();
        fx.deadLetters.readValuesToList();
        request("{\"requestId\":\"r-3\",\"identifierType\":\"phone\",\"identifierValue\":\"" + SHARED_LANDLINE + "\","
            + "\"requestedBy\":\"dpo\"}");
        assertEquals(before, fx.liveProfiles().size(), "neither Jane nor John is erased on a guess: " + firstNames());
        List<DeadLetter> letters = fx.deadLetters.readValuesToList();
        assertEquals(1, letters.size());
        assertEquals("ErasureRefused", letters.get(0).getErrorType());
        assertTrue(letters.get(0).getReason().contains("not the same person"), letters.get(0).getReason());
        assertNull(letters.get(0).getOriginalValue(), "the refused request names her: it is not kept");
        assertEquals("r-3", StandardCharsets.UTF_8.decode(letters.get(0).getOriginalKey()).toString());
        assertFalse(letters.get(0).toString().contains("555"), "no part of the phone number in the dead letter");
    }

    @Test
    void anOversharedValueReachesNobodyElseAndNamesNoOneOnItsOwn() {
        send(event("crm-1", SourceSystem.CRM, T0).setSourceRecordId("CRM-JD")
            .setIdentifiers(ids().setCrmId("CRM-JD").setEmail("info@shop.example").build())
            .setPerson(person("Jane", "Doe")).build());
        for (int i = 1; i <= 3; i++) {
            send(event("pos-" + i, SourceSystem.POS, T0.plusSeconds(i)).setIdentifiers(ids()
                .setPosCustomerId("P-" + i).setEmail("info@shop.example").build()).setPayload(order("S-" + i, i)).build());
        }
        assertEquals(4, fx.liveProfiles().size(), "a value on more records than its cap links nobody");

        request("{\"requestId\":\"r-4\",\"identifierType\":\"email\",\"identifierValue\":\"info@shop.example\","
            + "\"requestedBy\":\"dpo\"}");
        assertEquals(4, fx.liveProfiles().size(), "an overshared value names no one person to erase");
        assertTrue(fx.deadLetters.readValuesToList().stream().anyMatch(letter -> letter.getReason()
            .contains("names no one person")), "the requester learns why");

        String jane = fx.liveProfiles().stream().filter(p -> p.getAttributes().containsKey("firstName"))
            .findFirst().orElseThrow().getCustomerId();
        request("{\"requestId\":\"r-5\",\"customerId\":\"" + jane + "\",\"requestedBy\":\"dpo\"}");
        assertEquals(3, fx.liveProfiles().size(), "erasing her by id leaves the others sharing the value");
    }

    /** Jane's CRM and loyalty records share her e-mail, and a split put them on two customers; John shares her landline. */
    private List<String> janeSplitInTwo() {
        send(event("crm-1", SourceSystem.CRM, T0).setSourceRecordId("CRM-JD")
            .setIdentifiers(ids().setCrmId("CRM-JD").setEmail(JANE_MAIL).setPhone(SHARED_LANDLINE).build())
            .setPerson(person("Jane", "Doe")).build());
        send(event("loy-1", SourceSystem.LOYALTY, T0.plusSeconds(60)).setSourceRecordId("L-77")
            .setIdentifiers(ids().setLoyaltyId("LOY-77").setEmail(JANE_MAIL).build()).setPayload(order("S-1", 25.0))
            .build());
        send(event("crm-2", SourceSystem.CRM, T0.plusSeconds(90)).setSourceRecordId("CRM-JOHN")
            .setIdentifiers(ids().setCrmId("CRM-JOHN").setPhone(SHARED_LANDLINE).build())
            .setPerson(person("John", "Doe")).build());
        assertEquals(2, fx.liveProfiles().size(), "Jane's two records are one customer, John another");
        String jane = customerWithEmail().getCustomerId();
        fx.control(new IdentityCommand("split-1", Instant.now(), new SplitCustomer(jane, List.of("LOYALTY:L-77"))));
        List<String> janes = fx.liveProfiles().stream().filter(p -> p.getIdentifiers().stream()
            .anyMatch(i -> i.getValue().equals(JANE_MAIL))).map(CustomerProfile::getCustomerId).sorted().toList();
        assertEquals(2, janes.size(), "the split left her records on two customers");
        assertTrue(janes.contains(jane));
        return janes;
    }

    private CustomerProfile customerWithEmail() {
        return fx.liveProfiles().stream().filter(p -> p.getIdentifiers().stream()
            .anyMatch(i -> i.getValue().equals(JANE_MAIL))).findFirst().orElseThrow();
    }

    private Set<String> liveIds(List<String> ids) {
        Set<String> live = new TreeSet<>();
        fx.liveProfiles().stream().map(CustomerProfile::getCustomerId).filter(ids::contains).forEach(live::add);
        return live;
    }

    private Set<String> firstNames() {
        Set<String> names = new TreeSet<>();
        fx.liveProfiles().forEach(p -> names.add(p.getAttributes().containsKey("firstName")
            ? p.getAttributes().get("firstName").getValue() : "(anonymous " + p.getCustomerId() + ")"));
        return names;
    }

    private void send(TouchpointEvent e) {
        fx.sendAvro(e.getSource().name().toLowerCase(java.util.Locale.ROOT), e);
    }

    private void request(String json) {
        fx.driver.createInputTopic("c360.erasure-requests", new StringSerializer(), new ByteArraySerializer())
            .pipeInput(null, json.getBytes(StandardCharsets.UTF_8));
    }
}
