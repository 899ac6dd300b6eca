package io.c360.identity.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.c360.avro.CustomerIdentity;
import io.c360.avro.CustomerMerged;
import io.c360.avro.IdentityChangeKind;
import io.c360.config.AppConfig;
import io.c360.config.ConfigLoader;
import org.junit.jupiter.api.Test;

class IdentityEngineTest {
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private final IdentityEngine engine = IdentityEngine.from(new AppConfig(ConfigLoader.defaults()).with(Map.of(
        "c360.identity.max.records.default", "3")), true);
    private final MapIdentityState state = new MapIdentityState();
    private int minute;

    private Resolution resolve(String key, Map<String, String> attributes, String... identifiers) {
        minute++;
        return engine.resolve(new RecordUpdate(key, key.substring(0, key.indexOf(':')), T0.plusSeconds(60L * minute),
            attributes, List.of(identifiers), "e" + minute), state);
    }

    private static Map<String, String> person(String first, String last, String birthDate) {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("firstName", first);
        attributes.put("lastName", last);
        if (birthDate != null) {
            attributes.put("birthDate", birthDate);
        }
        return attributes;
    }

    private String customer(String record) {
        return state.assignments().get(record);
    }

    @Test
    void aSharedStrongIdentifierLinksAndTheOlderCustomerSurvivesWithEvidence() {
        String crm = resolve("CRM:1", person("Robert", "Miller", "1980-03-05"), "email:bob@example.com").customerId();
        resolve("SHOP:9", person("Bob", "Miller", null), "loyaltyId:L-1");
        assertNotEquals(crm, customer("SHOP:9"));

        Resolution linking = resolve("POS:7", Map.of(), "email:bob@example.com", "loyaltyId:L-1");

        assertEquals(crm, linking.customerId());
        assertEquals(crm, customer("SHOP:9"));
        CustomerMerged merge = linking.merges().get(0);
        assertEquals(crm, merge.getSurvivorId());
        assertTrue(merge.getRule().startsWith("shared-identifier:"), merge.getRule());
        assertNotNull(merge.getLink());
        CustomerIdentity identity = state.customers().get(crm);
        assertEquals(List.of("CRM:1", "POS:7", "SHOP:9"), identity.getRecords());
        assertTrue(identity.getHistory().stream().anyMatch(c -> c.getKind() == IdentityChangeKind.MERGED));
        assertEquals(crm, state.mergedInto().get(merge.getRetiredId()));
    }

    @Test
    void duplicatesInsideOneSourceAreFoundByFuzzyMatching() {
        resolve("CRM:1", with(person("Katherine", "O'Brien", "1975-11-02"), "street", "12 Elm Street", "postcode",
            "2000"));
        resolve("CRM:2", with(person("Kathy", "OBrien", "1975-02-11"), "street", "12 Elm St", "postcode", "2000"));

        assertEquals(customer("CRM:1"), customer("CRM:2"));
    }

    @Test
    void clearlyDifferentBirthDatesAreNeverMergedAutomaticallyButGoToReview() {
        resolve("CRM:1", person("Anna", "Kowalski", "1961-04-09"), "email:a.kowalski@example.com");
        resolve("SHOP:1", person("Anna", "Kowalski", "1992-08-30"), "email:a.kowalski@example.com");

        assertNotEquals(customer("CRM:1"), customer("SHOP:1"));
        assertEquals(1, state.reviews().asMap().size());
        assertTrue(state.reviews().asMap().values().iterator().next().getReason().contains("birth-dates"));
    }

    @Test
    void aFamilySharingOneMailboxStaysSeveralPeople() {
        resolve("CRM:1", person("Anna", "Berg", null), "email:family.berg@example.com");
        resolve("CRM:2", person("Peter", "Berg", null), "email:family.berg@example.com");
        resolve("WEB:email:family.berg@example.com", Map.of(), "email:family.berg@example.com");

        assertNotEquals(customer("CRM:1"), customer("CRM:2"));
        assertTrue(Set.of(customer("CRM:1"), customer("CRM:2")).contains(customer("WEB:email:family.berg@example.com")));
    }

    @Test
    void weakIdentifiersLinkOnlyWithCorroborationOrToAttachAnAnonymousRecord() {
        resolve("CRM:1", person("Lena", "Vogel", null), "cookieId:ck-1");
        resolve("CRM:2", person("Marc", "Vogel", null), "cookieId:ck-1");
        assertNotEquals(customer("CRM:1"), customer("CRM:2"));

        resolve("WEB:cookieId:ck-2", Map.of(), "cookieId:ck-2");
        resolve("SHOP:1", person("Ida", "Lind", null), "cookieId:ck-2");
        assertEquals(customer("SHOP:1"), customer("WEB:cookieId:ck-2"));

        resolve("WEB:cookieId:ck-1", Map.of(), "cookieId:ck-1");
        String ambiguous = customer("WEB:cookieId:ck-1");
        assertNotEquals(customer("CRM:1"), ambiguous);
        assertNotEquals(customer("CRM:2"), ambiguous);
    }

    @Test
    void anIdentifierOnTooManyRecordsStopsLinkingAndItsLinksAreWithdrawn() {
        resolve("A:1", person("Ann", "One", null), "phone:+15550001111");
        resolve("A:2", person("Ann", "One", null), "phone:+15550001111");
        assertEquals(customer("A:1"), customer("A:2"));
        resolve("B:1", person("Bea", "Two", null), "phone:+15550001111");
        resolve("C:1", person("Cid", "Three", null), "phone:+15550001111");

        assertNotEquals(customer("A:1"), customer("A:2"));
        assertTrue(state.index().get("i:phone:+15550001111").getSaturated());
    }

    @Test
    void junkIsNeverAnIdentifierOfARecord() {
        EventUpdates updates = new EventUpdates(engine.rules(), RecordKeys.CLEAR);
        assertTrue(engine.rules().isJunk("test@test.com"));
        assertNull(updates.recordKey(io.c360.avro.TouchpointEvent.newBuilder().setEventId("x")
            .setSource(io.c360.avro.SourceSystem.WEB).setEventType("t").setEventTime(T0)
            .setIdentifiers(io.c360.avro.Identifiers.newBuilder().setEmail("test@test.com").build()).build()));
    }

    @Test
    void aSplitMovesRecordsToANewCustomerAndACannotLinkKeepsThemApart() {
        resolve("CRM:1", person("Jon", "Hale", "1970-01-01"), "email:j.hale@example.com");
        resolve("SHOP:1", person("Jon", "Hale", null), "email:j.hale@example.com");
        String customer = customer("CRM:1");
        assertEquals(customer, customer("SHOP:1"));

        Resolution split = engine.split(customer, Set.of("SHOP:1"), state, T0.plusSeconds(3600), "split-1");

        assertEquals(customer, customer("CRM:1"));
        assertNotEquals(customer, customer("SHOP:1"));
        assertEquals(1, split.moves().size());
        resolve("SHOP:1", person("Jon", "Hale", "1970-01-01"), "email:j.hale@example.com", "phone:+15551234567");
        assertNotEquals(customer("CRM:1"), customer("SHOP:1"));
        assertThrows(IllegalArgumentException.class,
            () -> engine.split(customer, Set.of("CRM:1"), state, T0, "split-2"));
    }

    private static Map<String, String> with(Map<String, String> attributes, String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            attributes.put(pairs[i], pairs[i + 1]);
        }
        return attributes;
    }
}
