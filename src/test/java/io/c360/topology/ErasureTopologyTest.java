package io.c360.topology;

import static io.c360.testing.Events.T0;
import static io.c360.testing.Events.event;
import static io.c360.testing.Events.ids;
import static io.c360.testing.Events.order;
import static io.c360.testing.Events.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.c360.avro.ChangeType;
import io.c360.avro.CustomerCommand;
import io.c360.avro.CustomerProfile;
import io.c360.avro.DeadLetter;
import io.c360.avro.ErasedIdentifier;
import io.c360.avro.ErasureReceipt;
import io.c360.avro.ProfileChanged;
import io.c360.avro.PutContribution;
import io.c360.avro.SourceSystem;
import io.c360.avro.TouchpointEvent;
import io.c360.avro.WithdrawContribution;
import io.c360.privacy.ErasureReceipts;
import io.c360.privacy.PrivacyKeys;
import io.c360.privacy.Pseudonyms;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The right to be forgotten through the topology: every store forgets, and a replay does not bring her back. */
class ErasureTopologyTest {
    private static final List<String> HER_DATA = List.of("jane", "doe", "jane.doe@example.com", "+12025550147",
        "loy-77", "crm-jd");

    @TempDir
    Path stateDir;
    private TopologyFixture fx;
    private TestInputTopic<String, byte[]> erasures;

    @BeforeEach
    void setUp() {
        fx = new TopologyFixture(stateDir, Map.of());
        erasures = fx.driver.createInputTopic("c360.erasure-requests", new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void anErasureRequestByEmailForgetsTheCustomerInEveryStoreAndTellsDownstream() {
        List<TouchpointEvent> hers = herEvents();
        hers.forEach(e -> fx.sendAvro(e.getSource().name().toLowerCase(Locale.ROOT), e));
        sendBob();
        CustomerProfile jane = profileWithEmail("jane.doe@example.com");
        assertEquals(3L, jane.getEventCount(), "her three events are one customer before the erasure: " + jane);
        assertEquals(1, jane.getMergedFrom().size(), "one of her ids was merged into the survivor");
        fx.changed.readValuesToList();

        request("{\"requestId\":\"r-1\",\"identifierType\":\"email\",\"identifierValue\":\" Jane.Doe@Example.com \","
            + "\"requestedBy\":\"privacy-portal\"}");

        assertNull(fx.profiles.get(jane.getCustomerId()));
        assertNull(fx.profiles.get(jane.getMergedFrom().get(0)), "the id merged into her is forgotten too");
        assertEquals(List.of(), storeEntriesMentioningHer(), "no store keeps anything of her");
        List<KeyValue<String, ProfileChanged>> changes = fx.changed.readKeyValuesToList();
        List<KeyValue<String, ProfileChanged>> herChanges = changes.stream()
            .filter(kv -> kv.key.equals(jane.getCustomerId())).toList();
        int last = herChanges.size() - 1;
        assertEquals(ChangeType.DELETED, herChanges.get(last - 1).value.getChangeType(), herChanges.toString());
        assertNull(herChanges.get(last - 1).value.getProfile(), "the deletion notice carries no personal data");
        assertNull(herChanges.get(last).value, "then a tombstone, so compaction drops her earlier changes from the feed");
        assertEquals(1, herChanges.stream().filter(kv -> kv.value == null).count(), "one tombstone");
        assertTrue(fx.merged.readKeyValuesToList().stream()
            .anyMatch(kv -> kv.key.equals(jane.getMergedFrom().get(0)) && kv.value == null),
            "the merged-id mapping gets a tombstone");
        assertEquals(1, fx.liveProfiles().size(), "Bob keeps his profile");
        assertEquals("Roberto", fx.liveProfiles().get(0).getAttributes().get("firstName").getValue());
    }

    @Test
    void aReplayOfHerOldEventsDoesNotBringHerBackButANewRelationshipStartsAfresh() {
        herEvents().forEach(e -> fx.sendAvro(e.getSource().name().toLowerCase(Locale.ROOT), e));
        CustomerProfile jane = profileWithEmail("jane.doe@example.com");
        request("{\"requestId\":\"r-2\",\"customerId\":\"" + jane.getCustomerId() + "\",\"requestedBy\":\"dpo\"}");
        assertEquals(List.of(), fx.liveProfiles());

        herEvents().forEach(e -> fx.sendAvro(e.getSource().name().toLowerCase(Locale.ROOT), e));
        assertEquals(List.of(), fx.liveProfiles(), "events from before the erasure stay forgotten");
        assertEquals(List.of(), storeEntriesMentioningHer());

        Instant later = Instant.ofEpochMilli(System.currentTimeMillis()).plusSeconds(60);
        fx.sendAvro("ecommerce", event("web-new", SourceSystem.ECOMMERCE, later)
            .setIdentifiers(ids().setEmail("jane.doe@example.com").build()).setPayload(order("W-9", 7.0)).build());
        List<CustomerProfile> live = fx.liveProfiles();
        assertEquals(List.of(), fx.deadLetters.readValuesToList());
        assertEquals(1, live.size(), "she came back as a customer after the erasure");
        assertEquals(1L, live.get(0).getEventCount(), "with nothing of the erased history");
        assertEquals(List.of("W-9"), live.get(0).getCommerce().getRecentOrders().stream()
            .map(o -> o.getOrderId()).toList());
    }

    @Test
    void aWithdrawalReachingTheCustomerStageAfterTheErasureLeavesNoStubForTheErasedId() {
        herEvents().forEach(e -> fx.sendAvro(e.getSource().name().toLowerCase(Locale.ROOT), e));
        CustomerProfile jane = profileWithEmail("jane.doe@example.com");
        request("{\"requestId\":\"r-5\",\"customerId\":\"" + jane.getCustomerId() + "\",\"requestedBy\":\"dpo\"}");
        assertNull(fx.profiles.get(jane.getCustomerId()));

        // a record moved away from her before the erasure, its withdrawal delayed on another record partition
        fx.driver.createInputTopic("c360.internal.customer-commands", new StringSerializer(),
            fx.serdes.customerCommand().serializer()).pipeInput(jane.getCustomerId(), new CustomerCommand(
                jane.getCustomerId(), new WithdrawContribution("CRM:CRM-JD", "c-someone-else", true, "merge", "late", 1L)));

        assertNull(fx.profiles.get(jane.getCustomerId()), "no stub pointing her id at another customer");
    }

    @Test
    void aContributionReachingTheCustomerStageAfterTheErasureDoesNotBringHerBack() {
        herEvents().forEach(e -> fx.sendAvro(e.getSource().name().toLowerCase(Locale.ROOT), e));
        CustomerProfile jane = profileWithEmail("jane.doe@example.com");
        request("{\"requestId\":\"r-7\",\"customerId\":\"" + jane.getCustomerId() + "\",\"requestedBy\":\"dpo\"}");
        assertNull(fx.profiles.get(jane.getCustomerId()));

        // emitted for one of her old events before the erasure by a lagging record partition (seen in the demo)
        fx.driver.createInputTopic("c360.internal.customer-commands", new StringSerializer(),
            fx.serdes.customerCommand().serializer()).pipeInput(jane.getCustomerId(), new CustomerCommand(
                jane.getCustomerId(), new PutContribution("CRM:CRM-JD", jane, "event", null, "late", null, 0L)),
                T0.toEpochMilli());

        assertNull(fx.profiles.get(jane.getCustomerId()), "the erased customer is not created again");
        assertEquals(List.of(), keysStartingWith(StoreNames.CUSTOMER_CONTRIBUTIONS, jane.getCustomerId() + "|"));
        assertEquals(List.of(), storeEntriesMentioningHer());
    }

    @Test
    void erasingTheSurvivorOfAMergeForgetsEverythingTheCustomerStageHeldUnderTheRetiredId() {
        fx.sendAvro("loyalty", event("loy-0", SourceSystem.LOYALTY, T0).setSourceRecordId("L-77")
            .setIdentifiers(ids().setLoyaltyId("LOY-77").build()).setPayload(order("S-0", 3.0)).build());
        herEvents().forEach(e -> fx.sendAvro(e.getSource().name().toLowerCase(Locale.ROOT), e));
        CustomerProfile jane = profileWithEmail("jane.doe@example.com");
        List<String> retired = List.copyOf(jane.getMergedFrom());
        assertEquals(1, fx.liveProfiles().size(), "her loyalty card's customer was merged into her: " + retired);
        assertTrue(!retired.isEmpty() && retired.stream().allMatch(id -> fx.profiles.get(id) != null),
            "the retired ids are stubs at the customer stage");

        request("{\"requestId\":\"r-6\",\"customerId\":\"" + jane.getCustomerId() + "\",\"requestedBy\":\"dpo\"}");

        for (String id : retired) {
            assertNull(fx.profiles.get(id), "no stub of " + id);
            assertEquals(List.of(), keysStartingWith(StoreNames.TIMELINE, id + "|"), "no timeline under " + id);
            assertEquals(List.of(), keysStartingWith(StoreNames.CUSTOMER_CONTRIBUTIONS, id + "|"));
            assertEquals(List.of(), keysStartingWith(StoreNames.CUSTOMER_KEYS, id), "no data key of " + id);
        }
        assertEquals(List.of(), storeEntriesMentioningHer());
    }

    @Test
    void aCustomerHerRecordWasOnceMergedIntoKeepsNoneOfHerValuesInItsMergeHistory() {
        fx.sendAvro("crm", event("crm-a", SourceSystem.CRM, T0).setSourceRecordId("CRM-A")
            .setIdentifiers(ids().setCrmId("CRM-A").setEmail("j.doe@work.example").build())
            .setPerson(namesake("1985-03-02", "1 Main Street")).build());
        fx.sendAvro("ecommerce", herShopRecord(60, person("Jane", "Doe")));
        assertEquals(2, fx.liveProfiles().size(), "her shop account alone is a customer of its own");
        fx.sendAvro("ecommerce", herShopRecord(90, namesake("1985-03-02", "1 Main Street")));
        assertEquals(1, fx.liveProfiles().size(), "the same birth date and address merged her into the namesake");
        fx.sendAvro("ecommerce", herShopRecord(120, namesake("1979-11-30", "99 Harbour Road")));
        assertEquals(2, fx.liveProfiles().size(), "her corrected birth date and address split her off again");

        CustomerProfile jane = profileWithEmail("jane.doe@example.com");
        request("{\"requestId\":\"r-9\",\"customerId\":\"" + jane.getCustomerId() + "\",\"requestedBy\":\"dpo\"}");

        assertEquals(1, fx.liveProfiles().size(), "the namesake stays");
        List<String> found = new ArrayList<>();
        fx.driver.getAllStateStores().forEach((name, store) -> {
            if (store instanceof KeyValueStore<?, ?> kv) {
                try (var it = kv.all()) {
                    it.forEachRemaining(entry -> {
                        if ((entry.key + " " + entry.value).contains("jane.doe@example.com")) {
                            found.add(name + "[" + entry.key + "]: " + entry.value);
                        }
                    });
                }
            }
        });
        assertEquals(List.of(), found, "her e-mail, compared when she was merged, is not kept by the namesake");
    }

    private static TouchpointEvent herShopRecord(int second, io.c360.avro.PersonAttributes person) {
        return event("web-" + second, SourceSystem.ECOMMERCE, T0.plusSeconds(second)).setSourceRecordId("WEB-JD")
            .setIdentifiers(ids().setEcommerceId("WEB-JD").setEmail("jane.doe@example.com").build())
            .setPerson(person).build();
    }

    private static io.c360.avro.PersonAttributes namesake(String birthDate, String street) {
        return io.c360.avro.PersonAttributes.newBuilder(person("Jane", "Doe")).setBirthDate(birthDate)
            .setAddress(io.c360.avro.PostalAddress.newBuilder().setStreet(street).setCity("Springfield")
                .setPostcode("62701").setCountry("US").build()).build();
    }

    @Test
    void anErasurePublishesAReceiptOfKeyedHashesWithoutAnyOfHerDataInClear() {
        herEvents().forEach(e -> fx.sendAvro(e.getSource().name().toLowerCase(Locale.ROOT), e));
        CustomerProfile jane = profileWithEmail("jane.doe@example.com");
        request("{\"requestId\":\"r-6\",\"customerId\":\"" + jane.getCustomerId() + "\",\"requestedBy\":\"dpo\"}");

        List<KeyValue<String, byte[]>> receipts = fx.driver.createOutputTopic("c360.erasure-receipts",
            new StringDeserializer(), new ByteArrayDeserializer()).readKeyValuesToList();
        assertEquals(1, receipts.size());
        assertEquals("r-6", receipts.get(0).key);
        String bytes = new String(receipts.get(0).value, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        List<String> clear = new ArrayList<>(HER_DATA);
        clear.addAll(List.of(jane.getCustomerId(), jane.getMergedFrom().get(0), "2025550147"));
        assertEquals(List.of(), clear.stream().filter(bytes::contains).toList(), "the receipt holds none of her data");

        ErasureReceipt receipt = fx.serdes.avro(ErasureReceipt.class).deserialize(receipts.get(0).value);
        ErasureReceipts hashes = new ErasureReceipts(new Pseudonyms(PrivacyKeys.from(fx.config)));
        assertEquals(java.util.Set.of(hashes.valueHash(jane.getCustomerId()), hashes.valueHash(jane.getMergedFrom()
            .get(0))), java.util.Set.copyOf(receipt.getCustomerIds()), "her id and the id merged into her");
        assertEquals(3, receipt.getRecordKeys().size(), "her three source records");
        assertTrue(receipt.getRecordKeys().contains(hashes.valueHash("CRM:CRM-JD")));
        assertTrue(receipt.getIdentifiers().contains(new ErasedIdentifier("email", hashes.valueHash(
            "jane.doe@example.com"))), receipt.getIdentifiers().toString());
        assertTrue(receipt.getIdentifiers().contains(new ErasedIdentifier("phone", hashes.valueHash("+12025550147"))));
        assertEquals(List.of(hashes.nameHash("jane")), receipt.getGivenNames());
        assertEquals(List.of(hashes.nameHash("doe")), receipt.getFamilyNames());
    }

    @Test
    void anErasureRequestThatCannotBeUnderstoodGoesToTheDeadLetterTopicWithTheReason() {
        request("{\"requestId\":\"r-3\",\"requestedBy\":\"dpo\"}");
        request("{\"requestId\":\"r-4\",\"identifierType\":\"shoeSize\",\"identifierValue\":\"42\",\"requestedBy\":\"x\"}");
        request("not json at all");
        List<DeadLetter> letters = fx.deadLetters.readValuesToList();
        assertEquals(3, letters.size());
        assertTrue(letters.get(0).getReason().contains("exactly one"), letters.get(0).getReason());
        assertTrue(letters.get(1).getReason().contains("unknown identifierType"), letters.get(1).getReason());
        assertEquals("c360.erasure-requests", letters.get(2).getSourceTopic());
    }

    private static List<TouchpointEvent> herEvents() {
        return List.of(
            event("crm-1", SourceSystem.CRM, T0).setSourceRecordId("CRM-JD")
                .setIdentifiers(ids().setCrmId("CRM-JD").setEmail("jane.doe@example.com").build())
                .setPerson(person("Jane", "Doe")).build(),
            event("pos-1", SourceSystem.POS, T0.plusSeconds(60))
                .setIdentifiers(ids().setLoyaltyId("LOY-77").setPhone("+1 202 555 0147").build())
                .setPayload(order("S-1", 25.0)).build(),
            event("loy-1", SourceSystem.LOYALTY, T0.plusSeconds(120))
                .setIdentifiers(ids().setLoyaltyId("LOY-77").setEmail("jane.doe@example.com").build()).build());
    }

    private void sendBob() {
        fx.sendAvro("crm", event("crm-2", SourceSystem.CRM, T0.plusSeconds(30)).setSourceRecordId("CRM-RB")
            .setIdentifiers(ids().setCrmId("CRM-RB").setEmail("roberto.bianchi@example.org").build())
            .setPerson(person("Roberto", "Bianchi")).setPayload(order("W-2", 99.0)).build());
    }

    private void request(String json) {
        erasures.pipeInput(null, json.getBytes(StandardCharsets.UTF_8));
    }

    private CustomerProfile profileWithEmail(String email) {
        return fx.liveProfiles().stream()
            .filter(p -> p.getIdentifiers().stream().anyMatch(i -> i.getValue().equals(email)))
            .findFirst().orElseThrow();
    }

    private List<String> keysStartingWith(String storeName, String prefix) {
        List<String> found = new ArrayList<>();
        KeyValueStore<String, ?> store = fx.driver.getKeyValueStore(storeName);
        try (var it = store.all()) {
            it.forEachRemaining(entry -> {
                if (entry.key.startsWith(prefix)) {
                    found.add(entry.key);
                }
            });
        }
        return found;
    }

    /** Every store entry whose key or value names her, in any case. */
    private List<String> storeEntriesMentioningHer() {
        List<String> found = new ArrayList<>();
        fx.driver.getAllStateStores().forEach((name, store) -> {
            if (store instanceof KeyValueStore<?, ?> kv) {
                try (var it = kv.all()) {
                    it.forEachRemaining(entry -> {
                        String text = (entry.key + " " + entry.value).toLowerCase(Locale.ROOT);
                        HER_DATA.stream().filter(text::contains).findFirst()
                            .ifPresent(hit -> found.add(name + ": " + hit + " in " + entry.key));
                    });
                }
            }
        });
        return found;
    }
}
