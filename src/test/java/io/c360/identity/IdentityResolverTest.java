package io.c360.identity;

import static io.c360.testing.Events.T0;
import static io.c360.testing.Events.event;
import static io.c360.testing.Events.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

import io.c360.avro.CustomerMerged;
import io.c360.avro.Identifiers;
import io.c360.avro.SourceSystem;
import io.c360.avro.TouchpointEvent;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class IdentityResolverTest {
    private final IdentityRules rules = IdentityRules.defaults(EnumSet.allOf(IdentifierType.class),
        Set.of("test@test.com", "0000000000"), Pattern.compile("^(.)\\1+$"));
    private final IdentityResolver resolver = new IdentityResolver(rules);
    private final IdentityGraph graph = new StoreIdentityGraph(inMemoryStore("identifiers"),
        inMemoryStore("merged-into"));

    private static KeyValueStore<String, String> inMemoryStore(String name) {
        KeyValueStore<String, String> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name),
            Serdes.String(), Serdes.String()).withLoggingDisabled().build();
        store.init(new MockProcessorContext<>().getStateStoreContext(), store);
        return store;
    }

    private Resolution resolve(String id, int minutes, Identifiers identifiers) {
        TouchpointEvent e = event(id, SourceSystem.CRM, T0.plusSeconds(60L * minutes)).setIdentifiers(identifiers)
            .build();
        return resolver.resolve(e, graph);
    }

    @Test
    void firstEventCreatesACustomerAndLaterEventsSharingAnIdentifierJoinIt() {
        Resolution first = resolve("e1", 0, ids().setEmail("jane@example.com").build());
        Resolution second = resolve("e2", 1, ids().setEmail("jane@example.com").setPhone("+12025550147").build());
        Resolution third = resolve("e3", 2, ids().setPhone("+12025550147").build());

        assertTrue(first.newCustomer());
        assertFalse(second.newCustomer());
        assertEquals(first.customerId(), second.customerId());
        assertEquals(first.customerId(), third.customerId());
        assertTrue(third.merges().isEmpty());
    }

    @Test
    void anEventLinkingTwoKnownCustomersMergesTheYoungerIntoTheOlder() {
        Resolution older = resolve("e1", 0, ids().setEmail("jane@example.com").build());
        Resolution younger = resolve("e2", 5, ids().setLoyaltyId("LOY-1").build());
        assertNotEquals(older.customerId(), younger.customerId());

        Resolution link = resolve("e3", 10, ids().setEmail("jane@example.com").setLoyaltyId("LOY-1").build());

        assertEquals(older.customerId(), link.customerId());
        assertEquals(1, link.merges().size());
        CustomerMerged merge = link.merges().get(0);
        assertEquals(younger.customerId(), merge.getRetiredId());
        assertEquals(older.customerId(), merge.getSurvivorId());
        assertEquals(IdentityResolver.RULE_SHARED_IDENTIFIER, merge.getRule());
        assertEquals("LOY-1", merge.getEvidence().get("retired.loyaltyId"));
        assertEquals("e3", merge.getCauseEventId());
        assertEquals(older.customerId(), resolve("e4", 11, ids().setLoyaltyId("LOY-1").build()).customerId());
    }

    @Test
    void chainedMergesAllEndAtTheOldestCustomer() {
        String a = resolve("a", 0, ids().setEmail("a@example.com").build()).customerId();
        String b = resolve("b", 1, ids().setEmail("b@example.com").build()).customerId();
        String c = resolve("c", 2, ids().setEmail("c@example.com").build()).customerId();
        resolve("bc", 3, ids().setEmail("b@example.com").setCrmId("CRM-1").build());
        resolve("bc2", 4, ids().setEmail("c@example.com").setCrmId("CRM-1").build());
        Resolution all = resolve("ab", 5, ids().setEmail("a@example.com").setCrmId("CRM-1").build());

        assertEquals(a, all.customerId());
        assertEquals(a, graph.live(b));
        assertEquals(a, graph.live(c));
    }

    @Test
    void junkValuesNeverLink() {
        assertNull(resolve("j1", 0, ids().setEmail("test@test.com").setPhone("0000000000").build()));
        String x = resolve("j2", 1, ids().setEmail("test@test.com").setCrmId("CRM-7").build()).customerId();
        String y = resolve("j3", 2, ids().setEmail("test@test.com").setCrmId("CRM-8").build()).customerId();
        assertNotEquals(x, y);
        assertEquals(4, rules.linkingKeys(ids().setEmail("a@b.co").setPhone("+44").setCrmId("1").setCookieId("c")
            .build()).size());
    }

    @Test
    void customerIdsSortByCreationTime() {
        String earlier = CustomerIds.newId(T0, "email:z@example.com");
        String later = CustomerIds.newId(T0.plusMillis(1), "email:a@example.com");
        assertTrue(earlier.compareTo(later) < 0);
        assertEquals(earlier, CustomerIds.survivor(later, earlier));
    }
}
