package io.c360.topology;

import static io.c360.testing.Events.T0;
import static io.c360.testing.Events.event;
import static io.c360.testing.Events.ids;
import static io.c360.testing.Events.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.c360.avro.Account;
import io.c360.avro.AccountUpdate;
import io.c360.avro.CustomerMasterUpdate;
import io.c360.avro.CustomerProfile;
import io.c360.avro.Household;
import io.c360.avro.PersonAttributes;
import io.c360.avro.PostalAddress;
import io.c360.avro.SourceSystem;
import io.c360.avro.TouchpointEvent;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Households from shared addresses, B2B accounts with their hierarchy and contacts. */
class RelationsTopologyTest {
    @TempDir
    Path stateDir;
    private TopologyFixture fx;
    private KeyValueStore<String, Household> households;
    private KeyValueStore<String, Account> accounts;

    @BeforeEach
    void start() {
        fx = new TopologyFixture(stateDir, Map.of());
        households = fx.driver.getKeyValueStore(StoreNames.HOUSEHOLDS);
        accounts = fx.driver.getKeyValueStore(StoreNames.ACCOUNTS);
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private static TouchpointEvent crm(String id, int minutes, String email, String first, String last, String street,
                                       CustomerMasterUpdate update) {
        PostalAddress address = street == null ? null
            : PostalAddress.newBuilder().setStreet(street).setPostcode("10115").setCity("Berlin").setCountry("DE").build();
        return event(id, SourceSystem.CRM, T0.plusSeconds(60L * minutes))
            .setIdentifiers(ids().setEmail(email).build())
            .setPerson(PersonAttributes.newBuilder().setFirstName(first).setLastName(last).setAddress(address).build())
            .setPayload(update).build();
    }

    private CustomerProfile profileWith(String email) {
        return fx.liveProfiles().stream()
            .filter(p -> p.getIdentifiers().stream().anyMatch(i -> i.getValue().equals(email)))
            .findFirst().orElseThrow();
    }

    /** The changelog entries of a store whose bytes contain any of the words, in any case. */
    private List<String> personalDataIn(String store, String... words) {
        return fx.driver.createOutputTopic("c360-topology-test-" + store + "-changelog", new StringDeserializer(),
            new ByteArrayDeserializer()).readValuesToList().stream()
            .filter(java.util.Objects::nonNull)
            .map(bytes -> new String(bytes, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT))
            .filter(text -> Arrays.stream(words).anyMatch(text::contains))
            .toList();
    }

    @Test
    void aFamilyAtOneAddressFormsAHouseholdAndSomeoneWhoMovesLeavesIt() {
        fx.sendAvro("crm", crm("c1", 0, "anna@example.com", "Anna", "Weber", "Hauptstr. 5", null));
        fx.sendAvro("crm", crm("c2", 1, "ben@example.com", "Ben", "WEBER", "Hauptstraße 5", null));
        fx.sendAvro("crm", crm("c3", 2, "carl@example.com", "Carl", "Schmidt", "Hauptstraße 5", null));
        fx.sendAvro("ecommerce", event("o1", SourceSystem.ECOMMERCE, T0.plusSeconds(600))
            .setIdentifiers(ids().setEmail("ben@example.com").build()).setPayload(order("W1", 80.0)).build());

        String householdId = profileWith("anna@example.com").getHouseholdId();
        assertNotNull(householdId);
        assertEquals(householdId, profileWith("ben@example.com").getHouseholdId());
        Household household = households.get(householdId);
        assertEquals(2, household.getMembers().size(), "the roommate with another family name is not family");
        assertEquals(80.0, household.getMembers().get(profileWith("ben@example.com").getCustomerId()).getRevenue());
        assertEquals(List.of(), personalDataIn(StoreNames.HOUSEHOLDS, "weber", "hauptstr", "anna", "10115"),
            "the households changelog holds ids and counts, no address or names");

        fx.sendAvro("crm", crm("c4", 30, "ben@example.com", "Ben", "Weber", "Torstraße 1", null));
        assertEquals(Set.of(profileWith("anna@example.com").getCustomerId()),
            households.get(householdId).getMembers().keySet());
        fx.sendAvro("crm", crm("c5", 31, "anna@example.com", "Anna", "Weber", "Torstraße 1", null));
        assertNull(households.get(householdId), "an empty household is removed");
    }

    @Test
    void accountsKnowTheirParentChildrenAndContacts() {
        fx.sendAvro("crm", event("a1", SourceSystem.CRM, T0).setEventType("account_updated")
            .setPayload(new AccountUpdate("ACME", "Acme Group", null, "retail", "DE", "active")).build());
        fx.sendAvro("crm", event("a2", SourceSystem.CRM, T0).setEventType("account_updated")
            .setPayload(new AccountUpdate("ACME-EU", "Acme Europe", "ACME", null, null, null)).build());
        fx.sendAvro("crm", event("a3", SourceSystem.CRM, T0).setEventType("account_updated")
            .setPayload(new AccountUpdate("ACME-DE", "Acme Germany", "ACME-EU", null, "DE", null)).build());
        fx.sendAvro("crm", crm("p1", 5, "dora@acme.example", "Dora", "Klein", null,
            new CustomerMasterUpdate(null, "ACME-DE", null)));
        fx.sendAvro("crm", crm("p2", 6, "emil@acme.example", "Emil", "Groß", null,
            new CustomerMasterUpdate(null, "ACME-EU", null)));

        assertEquals(List.of("ACME-EU"), accounts.get("ACME").getChildAccountIds());
        assertEquals(List.of("ACME-DE"), accounts.get("ACME-EU").getChildAccountIds());
        assertEquals("ACME-EU", accounts.get("ACME-DE").getParentAccountId());
        assertEquals(Set.of(profileWith("dora@acme.example").getCustomerId()),
            accounts.get("ACME-DE").getContacts().keySet());
        assertEquals(Set.of(profileWith("emil@acme.example").getCustomerId()),
            accounts.get("ACME-EU").getContacts().keySet());
        assertEquals(List.of(), personalDataIn(StoreNames.ACCOUNTS, "emil", "groß", "dora", "klein"),
            "the accounts changelog holds the contacts' ids, not their names");
        assertEquals("ACME-DE", profileWith("dora@acme.example").getAccountId());

        fx.sendAvro("crm", event("a4", SourceSystem.CRM, T0.plusSeconds(60)).setEventType("account_updated")
            .setPayload(new AccountUpdate("ACME-DE", null, "ACME", null, null, null)).build());
        assertEquals(List.of(), accounts.get("ACME-EU").getChildAccountIds());
        assertEquals(Set.of("ACME-EU", "ACME-DE"), Set.copyOf(accounts.get("ACME").getChildAccountIds()));
        assertEquals("Acme Germany", accounts.get("ACME-DE").getName(), "a partial update keeps what it does not name");
        fx.deadLetters.readValuesToList().forEach(d -> { throw new AssertionError("dead letter: " + d.getReason()); });
    }
}
