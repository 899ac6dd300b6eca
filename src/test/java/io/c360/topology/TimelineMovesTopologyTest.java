package io.c360.topology;

import static io.c360.testing.Events.T0;
import static io.c360.testing.Events.event;
import static io.c360.testing.Events.ids;
import static io.c360.testing.Events.order;
import static io.c360.testing.Events.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.c360.avro.CustomerProfile;
import io.c360.avro.IdentityCommand;
import io.c360.avro.MovedTimeline;
import io.c360.avro.PersonAttributes;
import io.c360.avro.SourceSystem;
import io.c360.avro.SplitCustomer;
import io.c360.avro.TouchpointEvent;
import io.c360.profile.TimelineKeys;
import io.c360.profile.TimelineMoves;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Timeline entries follow their source record when it moves to another customer: a split, a merge. */
class TimelineMovesTopologyTest {
    @TempDir
    Path stateDir;
    private TopologyFixture fx;
    private KeyValueStore<String, TouchpointEvent> timeline;

    @BeforeEach
    void setUp() {
        fx = new TopologyFixture(stateDir, Map.of());
        timeline = fx.driver.getKeyValueStore(StoreNames.TIMELINE);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void aSplitMovesTheRecordsEarlierEventsToItsNewCustomerAndErasingHerLeavesNoneBehind() {
        send(event("crm-1", SourceSystem.CRM, T0).setSourceRecordId("CRM-JD").setPerson(jane())
            .setIdentifiers(ids().setCrmId("CRM-JD").setEmail("jane.doe@example.com").build()).build());
        send(event("loy-1", SourceSystem.LOYALTY, T0.plusSeconds(60)).setSourceRecordId("L-9").setPerson(jane())
            .setIdentifiers(ids().setLoyaltyId("LOY-9").build()).setPayload(order("S-1", 25.0)).build());
        send(event("loy-2", SourceSystem.LOYALTY, T0.plusSeconds(120)).setSourceRecordId("L-9")
            .setIdentifiers(ids().setLoyaltyId("LOY-9").build()).setPayload(order("S-2", 5.0)).build());
        assertEquals(1, fx.liveProfiles().size(), "name and birth date make her two records one customer");
        String first = fx.liveProfiles().get(0).getCustomerId();
        assertEquals(Set.of("crm-1", "loy-1", "loy-2"), eventsUnder(first));

        fx.control(new IdentityCommand("split-1", Instant.now(), new SplitCustomer(first, List.of("LOYALTY:L-9"))));
        String second = fx.liveProfiles().stream().map(CustomerProfile::getCustomerId).filter(id -> !id.equals(first))
            .findFirst().orElseThrow();
        assertEquals(Set.of("crm-1"), eventsUnder(first), "the old customer no longer shows the moved record's events");
        assertEquals(Set.of("loy-1", "loy-2"), eventsUnder(second), "they are the new customer's, under its key");

        fx.driver.createInputTopic("c360.erasure-requests", new StringSerializer(), new ByteArraySerializer())
            .pipeInput(null, ("{\"requestId\":\"r-1\",\"customerId\":\"" + second + "\",\"requestedBy\":\"dpo\"}")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(first), fx.liveProfiles().stream().map(CustomerProfile::getCustomerId).toList());
        assertEquals(Set.of("crm-1"), allEvents(), "none of the erased record's events stays readable anywhere");
    }

    @Test
    void aRecordWithManyEventsMovesInSeveralCommandsEachWellBelowTheProducersRequestLimit() {
        send(event("crm-1", SourceSystem.CRM, T0).setSourceRecordId("CRM-JD").setPerson(jane())
            .setIdentifiers(ids().setCrmId("CRM-JD").setEmail("jane.doe@example.com").build()).build());
        int count = 2 * TimelineMoves.EVENTS_PER_COMMAND + 50;
        for (int i = 0; i < count; i++) {
            send(event("loy-" + i, SourceSystem.LOYALTY, T0.plusSeconds(60 + i)).setSourceRecordId("L-9")
                .setPerson(i == 0 ? jane() : null).setIdentifiers(ids().setLoyaltyId("LOY-9").build())
                .setPayload(order("S-" + i, 1.0)).build());
        }
        String first = fx.liveProfiles().get(0).getCustomerId();
        var commands = fx.driver.createOutputTopic("c360.internal.customer-commands", new StringDeserializer(),
            fx.serdes.customerCommand().deserializer());
        commands.readRecordsToList();

        fx.control(new IdentityCommand("split-1", Instant.now(), new SplitCustomer(first, List.of("LOYALTY:L-9"))));
        List<Integer> moved = commands.readValuesToList().stream()
            .filter(c -> c.getCommand() instanceof MovedTimeline)
            .map(c -> ((MovedTimeline) c.getCommand()).getEvents().size()).toList();
        int most = TimelineMoves.EVENTS_PER_COMMAND;
        assertEquals(List.of(most, most, 50), moved);
        String second = fx.liveProfiles().stream().map(CustomerProfile::getCustomerId).filter(id -> !id.equals(first))
            .findFirst().orElseThrow();
        assertEquals(count, eventsUnder(second).size(), "every event of the record reached its new customer");
        assertEquals(Set.of("crm-1"), eventsUnder(first));
    }

    @Test
    void aMergeBringsTheRetiredCustomersEventsToTheSurvivor() {
        send(event("crm-1", SourceSystem.CRM, T0).setSourceRecordId("CRM-JD").setPerson(person("Jane", "Doe"))
            .setIdentifiers(ids().setCrmId("CRM-JD").setEmail("jane.doe@example.com").build()).build());
        send(event("loy-1", SourceSystem.LOYALTY, T0.plusSeconds(60)).setSourceRecordId("L-9")
            .setIdentifiers(ids().setLoyaltyId("LOY-9").build()).setPayload(order("S-1", 25.0)).build());
        assertEquals(2, fx.liveProfiles().size(), "nothing links the loyalty card to her yet");
        send(event("loy-2", SourceSystem.LOYALTY, T0.plusSeconds(120)).setSourceRecordId("L-9")
            .setIdentifiers(ids().setLoyaltyId("LOY-9").setEmail("jane.doe@example.com").build()).build());

        assertEquals(1, fx.liveProfiles().size(), "her e-mail on the card merged the two");
        CustomerProfile survivor = fx.liveProfiles().get(0);
        assertEquals(1, survivor.getMergedFrom().size());
        String retired = survivor.getMergedFrom().get(0);
        assertNotEquals(survivor.getCustomerId(), retired);
        assertEquals(Set.of("crm-1", "loy-1", "loy-2"), eventsUnder(survivor.getCustomerId()));
        assertEquals(Set.of(), eventsUnder(retired), "the retired id keeps no entries of its own");
    }

    private static PersonAttributes jane() {
        return PersonAttributes.newBuilder(person("Jane", "Doe")).setBirthDate("1984-03-09").build();
    }

    private Set<String> eventsUnder(String customerId) {
        Set<String> ids = new TreeSet<>();
        try (var it = timeline.prefixScan(TimelineKeys.prefix(customerId), new StringSerializer())) {
            it.forEachRemaining(kv -> ids.add(kv.value.getEventId()));
        }
        return ids;
    }

    private Set<String> allEvents() {
        Set<String> ids = new TreeSet<>();
        try (var it = timeline.all()) {
            it.forEachRemaining(kv -> ids.add(kv.value.getEventId()));
        }
        return ids;
    }

    private void send(TouchpointEvent e) {
        fx.sendAvro(e.getSource().name().toLowerCase(Locale.ROOT), e);
    }
}
