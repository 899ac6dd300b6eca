package io.c360.topology;

import static io.c360.testing.Events.T0;
import static io.c360.testing.Events.event;
import static io.c360.testing.Events.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.c360.avro.CustomerCommand;
import io.c360.avro.CustomerProfile;
import io.c360.avro.PendingRecord;
import io.c360.avro.RecordEvent;
import io.c360.avro.SourceSystem;
import io.c360.avro.TouchpointEvent;
import io.c360.avro.WithdrawContribution;
import io.c360.profile.Profiles;
import io.c360.profile.TimelineKeys;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record's contribution moves through the customer it leaves, one hop behind the events the record stage sends
 * straight to its new customer: whatever the order in which they meet there, the record ends up complete, once, with
 * its timeline, at the customer it belongs to last.
 */
class RecordHandOverTopologyTest {
    private static final String RECORD = "CRM:CRM-1";

    @TempDir
    Path stateDir;
    private TopologyFixture fx;
    private TestInputTopic<String, CustomerCommand> commands;
    private KeyValueStore<String, TouchpointEvent> timeline;
    private KeyValueStore<String, PendingRecord> pending;

    @BeforeEach
    void setUp() {
        fx = new TopologyFixture(stateDir, Map.of());
        commands = fx.driver.createInputTopic("c360.internal.customer-commands", new StringSerializer(),
            fx.serdes.customerCommand().serializer());
        timeline = fx.driver.getKeyValueStore(StoreNames.TIMELINE);
        pending = fx.driver.getKeyValueStore(StoreNames.PENDING_RECORDS);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void eventsThatReachTheNewCustomerBeforeTheHandOverWaitForIt() {
        send("c-x", new RecordEvent(RECORD, order(1), 0L));
        send("c-y", new RecordEvent(RECORD, order(2), 1L));
        assertEquals(1, count(pending), "the event waits for the record's contribution");
        assertEquals(null, fx.profiles.get("c-y"));

        send("c-x", withdraw("c-y", 1));

        assertHolds("c-y", Set.of("o-1", "o-2"));
        assertTrue(Profiles.isRetired(fx.profiles.get("c-x")));
        assertEquals(Set.of(), eventsUnder("c-x"));
        assertEquals(0, count(pending));
    }

    @Test
    void aMoveOnwardThatArrivesBeforeTheHandOverIsMadeOnceItArrives() {
        send("c-x", new RecordEvent(RECORD, order(1), 0L));
        send("c-y", new RecordEvent(RECORD, order(2), 1L));
        send("c-y", withdraw("c-z", 2));
        send("c-z", new RecordEvent(RECORD, order(3), 2L));
        assertEquals(2, count(pending));

        send("c-x", withdraw("c-y", 1));

        assertHolds("c-z", Set.of("o-1", "o-2", "o-3"));
        assertEquals(Set.of("o-1", "o-2", "o-3"), fx.changed.readValuesToList().stream()
            .flatMap(c -> c.getCauseEventIds().stream()).filter(id -> id.startsWith("o-"))
            .collect(java.util.stream.Collectors.toCollection(TreeSet::new)), "each event is named by a change");
        assertTrue(Profiles.isRetired(fx.profiles.get("c-y")));
        assertEquals(Set.of(), eventsUnder("c-x"));
        assertEquals(Set.of(), eventsUnder("c-y"));
        assertEquals(0, count(pending));
    }

    @Test
    void inEveryOrderTheyMeetInTheRecordEndsUpTheSame() {
        List<Object[]> atY = List.of(new Object[] {"c-y", new RecordEvent(RECORD, order(2), 1L)},
            new Object[] {"c-y", withdraw("c-z", 2)});
        CustomerProfile expected = null;
        for (int handOverAt = 0; handOverAt <= atY.size(); handOverAt++) {
            fx.close();
            fx = new TopologyFixture(stateDir.resolve("run-" + handOverAt), Map.of());
            setUpTopics();
            send("c-x", new RecordEvent(RECORD, order(1), 0L));
            List<Object[]> sequence = new ArrayList<>(atY);
            sequence.add(handOverAt, new Object[] {"c-x", withdraw("c-y", 1)});
            for (Object[] step : sequence) {
                send((String) step[0], step[1]);
            }
            send("c-z", new RecordEvent(RECORD, order(3), 2L));
            CustomerProfile z = fx.profiles.get("c-z");
            assertHolds("c-z", Set.of("o-1", "o-2", "o-3"));
            if (expected == null) {
                expected = z;
            } else {
                assertEquals(expected.getCommerce(), z.getCommerce(), "hand-over at step " + handOverAt);
                assertEquals(expected.getEventCount(), z.getEventCount());
            }
        }
    }

    private void setUpTopics() {
        commands = fx.driver.createInputTopic("c360.internal.customer-commands", new StringSerializer(),
            fx.serdes.customerCommand().serializer());
        timeline = fx.driver.getKeyValueStore(StoreNames.TIMELINE);
        pending = fx.driver.getKeyValueStore(StoreNames.PENDING_RECORDS);
    }

    private void assertHolds(String customerId, Set<String> eventIds) {
        CustomerProfile profile = fx.profiles.get(customerId);
        assertNotNull(profile, customerId + " has a profile");
        assertFalse(Profiles.isRetired(profile));
        assertEquals(eventIds.size(), profile.getCommerce().getOrderCount(), "each order counted once");
        assertEquals(eventIds, eventsUnder(customerId), "its timeline holds the record's events");
    }

    private static WithdrawContribution withdraw(String to, long generation) {
        return new WithdrawContribution(RECORD, to, false, "split", "cause-" + generation, generation);
    }

    private static TouchpointEvent order(int n) {
        return event("o-" + n, SourceSystem.CRM, T0.plusSeconds(n)).setSourceRecordId("CRM-1")
            .setIdentifiers(ids().setCrmId("CRM-1").build()).setPayload(io.c360.testing.Events.order("S-" + n, n))
            .build();
    }

    private void send(String customerId, Object command) {
        commands.pipeInput(customerId, new CustomerCommand(customerId, command), T0.toEpochMilli());
    }

    private Set<String> eventsUnder(String customerId) {
        Set<String> ids = new TreeSet<>();
        try (var it = timeline.prefixScan(TimelineKeys.prefix(customerId), new StringSerializer())) {
            it.forEachRemaining(kv -> ids.add(kv.value.getEventId()));
        }
        return ids;
    }

    private static int count(KeyValueStore<String, ?> store) {
        int n = 0;
        try (var it = store.all()) {
            while (it.hasNext()) {
                it.next();
                n++;
            }
        }
        return n;
    }
}
