package io.c360.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.c360.avro.CustomerIdentity;
import io.c360.avro.CustomerProfile;
import io.c360.avro.IdentityCommand;
import io.c360.avro.PersonAttributes;
import io.c360.avro.ProfileChanged;
import io.c360.avro.SourceSystem;
import io.c360.avro.SplitCustomer;
import io.c360.avro.TouchpointEvent;
import io.c360.demo.GeneratedTouchpoint;
import io.c360.demo.TouchpointGenerator;
import io.c360.testing.Events;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast path: an event of a known source record that brings identity resolution nothing new goes from
 * ingest to its customer without crossing the identity stage, and the customers and profiles come out exactly
 * as when every event crosses it.
 */
class FastPathTopologyTest {
    private static final String MASTER_KEY = Base64.getEncoder().encodeToString(
        "fast-path-topology-test-key!!!!!".getBytes(StandardCharsets.US_ASCII));
    private static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");

    @TempDir
    Path stateDir;

    @Test
    void onlyEventsThatBringANewRecordOrValueCrossTheIdentityStage() {
        try (TopologyFixture fx = fixture("targeted", true)) {
            TestOutputTopic<String, TouchpointEvent> identity = identityRequests(fx);
            fx.sendAvro("ecommerce", order("o-1", T0, null));
            assertEquals(1, identity.readValuesToList().size(), "a new record is resolved");

            fx.sendAvro("ecommerce", order("o-2", T0.plusSeconds(60), null));
            fx.sendAvro("ecommerce", order("o-3", T0.plusSeconds(120), null));
            assertEquals(List.of(), identity.readValuesToList(), "repeat events of a known record take the fast path");
            String customer = fx.changed.readValuesToList().get(0).getCustomerId();
            assertEquals(3, fx.profiles.get(customer).getEventCount());

            TouchpointEvent newPhone = order("o-4", T0.plusSeconds(180), null);
            newPhone.getIdentifiers().setPhone("+14155550123");
            fx.sendAvro("ecommerce", newPhone);
            assertEquals(List.of("o-4"), eventIds(identity), "a new identifier is resolved");

            fx.sendAvro("ecommerce", order("o-5", T0.plusSeconds(240), Events.person("Ada", "Lovelace")));
            assertEquals(List.of("o-5"), eventIds(identity), "a new attribute value is resolved");
            fx.sendAvro("ecommerce", order("o-6", T0.plusSeconds(200), Events.person("Ada", "Lovelace")));
            assertEquals(List.of(), identity.readValuesToList(), "an older sighting of the same values changes nothing");
            fx.sendAvro("ecommerce", order("o-7", T0.plusSeconds(300), Events.person("Ada", "Lovelace")));
            assertEquals(List.of("o-7"), eventIds(identity), "a later sighting moves the values' time, which identity keeps");
            assertEquals(7, fx.profiles.get(customer).getEventCount());
        }
    }

    @Test
    void customersProfilesAndChangesAreTheSameWithAndWithoutTheFastPath() {
        List<GeneratedTouchpoint> history = new TouchpointGenerator(11, 25, T0).history();
        Outcome slow = run("slow", false, history);
        Outcome fast = run("fast", true, history);
        assertEquals(slow.customers(), fast.customers());
        assertEquals(slow.profiles().keySet(), fast.profiles().keySet());
        slow.profiles().forEach((id, profile) -> assertEquals(profile.toString(), fast.profiles().get(id).toString(), id));
        assertEquals(slow.changes().size(), fast.changes().size());
        assertEquals(history.size(), slow.resolved(), "without the fast path every event crosses identity");
        assertTrue(fast.resolved() < history.size() * 0.6,
            fast.resolved() + " of " + history.size() + " events crossed the identity stage");
        assertTrue(slow.customers().size() > 10 && slow.customers().values().stream().anyMatch(r -> r.size() > 2),
            slow.customers()::toString);
    }

    /** Customers by id (their records), profiles by id, every profile change, and how many events identity saw. */
    record Outcome(Map<String, List<String>> customers, Map<String, CustomerProfile> profiles,
                   List<ProfileChanged> changes, int resolved) {
    }

    private Outcome run(String name, boolean fastPath, List<GeneratedTouchpoint> history) {
        try (TopologyFixture fx = fixture(name, fastPath)) {
            TestOutputTopic<String, TouchpointEvent> identity = identityRequests(fx);
            int half = history.size() / 2;
            history.subList(0, half).forEach(t -> fx.sendAvro(t.topicSource(), t.event()));
            split(fx);
            history.subList(half, history.size()).forEach(t -> fx.sendAvro(t.topicSource(), t.event()));
            Map<String, List<String>> customers = new TreeMap<>();
            KeyValueStore<String, CustomerIdentity> identities = fx.driver.getKeyValueStore(StoreNames.IDENTITY_CUSTOMERS);
            try (KeyValueIterator<String, CustomerIdentity> all = identities.all()) {
                all.forEachRemaining(kv -> customers.put(kv.key, List.copyOf(kv.value.getRecords())));
            }
            Map<String, CustomerProfile> profiles = new TreeMap<>();
            try (KeyValueIterator<String, CustomerProfile> all = fx.profiles.all()) {
                all.forEachRemaining(kv -> profiles.put(kv.key, withoutWallClock(kv.value)));
            }
            return new Outcome(customers, profiles, fx.changed.readValuesToList(), identity.readValuesToList().size());
        }
    }

    /** The profile without the fields stamped with the wall clock: the time a stub was retired, a score's run. */
    private static CustomerProfile withoutWallClock(CustomerProfile profile) {
        if (profile.getMergedInto() != null) {
            profile.setUpdatedAt(Instant.EPOCH);
        }
        profile.getScores().setEvaluatedAt(null);
        return profile;
    }

    /** Splits off one record of the first customer with three or more, so later events must follow the split. */
    private static void split(TopologyFixture fx) {
        KeyValueStore<String, CustomerIdentity> identities = fx.driver.getKeyValueStore(StoreNames.IDENTITY_CUSTOMERS);
        try (KeyValueIterator<String, CustomerIdentity> all = identities.all()) {
            while (all.hasNext()) {
                var kv = all.next();
                if (kv.value.getRecords().size() >= 3) {
                    fx.control(new IdentityCommand("split-1", T0, new SplitCustomer(kv.key,
                        List.of(kv.value.getRecords().get(0)))));
                    return;
                }
            }
        }
        throw new AssertionError("the history has no customer of three records to split");
    }

    private TopologyFixture fixture(String name, boolean fastPath) {
        return new TopologyFixture(stateDir.resolve(name), Map.of("c360.privacy.master.key", MASTER_KEY,
            "c360.identity.fast.path", String.valueOf(fastPath)));
    }

    private static TestOutputTopic<String, TouchpointEvent> identityRequests(TopologyFixture fx) {
        return fx.driver.createOutputTopic(fx.config.get("c360.topic.identity.requests"), new StringDeserializer(),
            fx.serdes.touchpointEvent().deserializer());
    }

    private static List<String> eventIds(TestOutputTopic<String, TouchpointEvent> topic) {
        List<String> ids = new ArrayList<>();
        topic.readValuesToList().forEach(e -> ids.add(e.getEventId()));
        return ids;
    }

    private static TouchpointEvent order(String id, Instant at, PersonAttributes person) {
        return Events.event(id, SourceSystem.ECOMMERCE, at).setEventType("order_placed")
            .setSourceRecordId("SHOP-1")
            .setIdentifiers(Events.ids().setEmail("ada@example.com").setEcommerceId("SHOP-1").build())
            .setPerson(person).setPayload(Events.order(id, 10.0)).build();
    }
}
