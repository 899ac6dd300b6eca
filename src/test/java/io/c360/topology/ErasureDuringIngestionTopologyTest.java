package io.c360.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.c360.avro.CustomerProfile;
import io.c360.avro.Identifiers;
import io.c360.avro.ProfileChanged;
import io.c360.demo.GeneratedTouchpoint;
import io.c360.demo.TouchpointGenerator;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Erasures in the middle of the demo's history, as a user erases a customer while the sources are still sending
 * events from before the erasure: afterwards, no store and no current {@code profile-changed} value holds any of
 * the identifiers the erased customers had, once the rest of the history is in.
 */
class ErasureDuringIngestionTopologyTest {
    private static final Instant HISTORY_END = Instant.parse("2026-06-01T00:00:00Z");
    private static final int ERASED = 8;

    @TempDir
    Path stateDir;

    @ParameterizedTest(name = "seed {0}, erased after {1} % of the history")
    @CsvSource({"11, 30", "12, 55", "13, 80"})
    void nothingOfTheErasedRemainsWhenHistoryArrivesAfterTheErasure(long seed, int percent) {
        List<GeneratedTouchpoint> history = new TouchpointGenerator(seed, 120, HISTORY_END).history();
        Map<String, Set<String>> peopleByValue = peopleByIdentifierValue(history);
        try (TopologyFixture fx = new TopologyFixture(stateDir, Map.of())) {
            int cut = history.size() * percent / 100;
            history.subList(0, cut).forEach(t -> fx.sendAvro(t.topicSource(), t.event()));
            List<CustomerProfile> erased = fx.liveProfiles().stream()
                .filter(p -> p.getEventsBySource().size() >= 2)
                .sorted(java.util.Comparator.comparing(CustomerProfile::getCustomerId)).limit(ERASED).toList();
            assertEquals(ERASED, erased.size(), "enough customers of several sources to erase");
            Map<String, String> theirs = new TreeMap<>();
            TestInputTopic<String, byte[]> requests = fx.driver.createInputTopic("c360.erasure-requests",
                new StringSerializer(), new ByteArraySerializer());
            for (CustomerProfile customer : erased) {
                customer.getIdentifiers().stream()
                    .filter(id -> !id.getType().equals("phone"))
                    .filter(id -> peopleByValue.getOrDefault(normal(id.getValue()), Set.of()).size() == 1)
                    .forEach(id -> theirs.put(id.getValue(), customer.getCustomerId()));
                requests.pipeInput(null, ("{\"requestId\":\"r-" + customer.getCustomerId() + "\",\"customerId\":\""
                    + customer.getCustomerId() + "\",\"requestedBy\":\"dpo\"}").getBytes(StandardCharsets.UTF_8));
            }
            assertTrue(theirs.size() >= ERASED, "identifiers only the erased people have: " + theirs);

            history.subList(cut, history.size()).forEach(t -> fx.sendAvro(t.topicSource(), t.event()));

            assertEquals(List.of(), storeEntriesHolding(fx, theirs), "stores holding an erased customer's identifier");
            assertEquals(List.of(), currentChangesHolding(fx, theirs),
                "current profile-changed values holding an erased customer's identifier");
        }
    }

    /** Identifier values (not phones: a household shares a landline) and the synthetic people that use each. */
    private static Map<String, Set<String>> peopleByIdentifierValue(List<GeneratedTouchpoint> history) {
        Map<String, Set<String>> people = new HashMap<>();
        for (GeneratedTouchpoint t : history) {
            Identifiers ids = t.event().getIdentifiers();
            if (ids == null) {
                continue;
            }
            for (String value : new String[] {ids.getEmail(), ids.getCrmId(), ids.getLoyaltyId(), ids.getEcommerceId(),
                ids.getPosCustomerId(), ids.getDeviceId(), ids.getCookieId(), ids.getSocialHandle()}) {
                if (value != null && !value.isBlank()) {
                    people.computeIfAbsent(normal(value), v -> new TreeSet<>())
                        .add(t.personId() == null ? "company" : t.personId());
                }
            }
        }
        return people;
    }

    private static String normal(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> storeEntriesHolding(TopologyFixture fx, Map<String, String> theirs) {
        List<String> found = new ArrayList<>();
        fx.driver.getAllStateStores().forEach((name, store) -> {
            if (store instanceof KeyValueStore<?, ?> kv) {
                try (var it = kv.all()) {
                    it.forEachRemaining(entry -> mentions(entry.key + " " + entry.value, theirs)
                        .forEach(value -> found.add(name + "[" + entry.key + "] holds " + value + " of erased "
                            + theirs.get(value))));
                }
            }
        });
        return found;
    }

    private static List<String> currentChangesHolding(TopologyFixture fx, Map<String, String> theirs) {
        Map<String, ProfileChanged> current = new TreeMap<>();
        for (KeyValue<String, ProfileChanged> change : fx.changed.readKeyValuesToList()) {
            current.put(change.key, change.value);
        }
        List<String> found = new ArrayList<>();
        current.forEach((key, value) -> mentions(String.valueOf(value), theirs)
            .forEach(v -> found.add(key + " holds " + v + " of erased " + theirs.get(v))));
        return found;
    }

    /** Case matters: the source ids of the demo ("CRM-000112") are its event ids in upper case ("crm-000112"). */
    private static List<String> mentions(String text, Map<String, String> theirs) {
        return theirs.keySet().stream().filter(text::contains).toList();
    }
}
