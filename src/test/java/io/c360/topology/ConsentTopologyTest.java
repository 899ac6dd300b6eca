package io.c360.topology;

import static io.c360.testing.Events.event;
import static io.c360.testing.Events.ids;
import static io.c360.testing.Events.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import io.c360.avro.ConsentChange;
import io.c360.avro.ProfileChanged;
import io.c360.avro.SourceSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A consent decision from any source takes effect with its own event: on the profile and on every audience. */
class ConsentTopologyTest {
    private static final Instant T = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.DAYS);

    @TempDir
    Path stateDir;
    private TopologyFixture fx;

    @BeforeEach
    void setUp() {
        fx = new TopologyFixture(stateDir, Map.of());
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void aMarketingOptOutFromTheCallCenterTakesTheCustomerOutOfEveryAudienceWithThatChange() {
        fx.sendAvro("ecommerce", event("o-1", SourceSystem.ECOMMERCE, T)
            .setIdentifiers(ids().setEmail("kofi.mensah@example.com").build()).setPayload(order("W-1", 80.0)).build());
        ProfileChanged first = last(fx.changed.readValuesToList());
        assertTrue(first.getProfile().getSegments().containsAll(List.of("email-reachable", "new-customer")),
            first.getProfile().getSegments().toString());

        fx.sendAvro("callcenter", event("c-1", SourceSystem.CALLCENTER, T.plusSeconds(60))
            .setIdentifiers(ids().setEmail("kofi.mensah@example.com").build())
            .setPayload(new ConsentChange("marketing", null, false)).build());

        ProfileChanged optOut = last(fx.changed.readValuesToList());
        assertEquals("c-1", optOut.getCauseEventId());
        assertFalse(optOut.getProfile().getConsents().get("marketing").getGranted(), "profile-changed carries it");
        assertTrue(optOut.getSegmentsLeft().containsAll(List.of("email-reachable", "new-customer")),
            optOut.getSegmentsLeft().toString());
        assertEquals(List.of(), optOut.getProfile().getSegments().stream()
            .filter(s -> List.of("email-reachable", "new-customer", "vip").contains(s)).toList());
    }

    @Test
    void aPhoneOptOutSetsDoNotCallAtOnceAndAnOptInBringsTheAudiencesBack() {
        fx.sendAvro("pos", event("o-2", SourceSystem.POS, T)
            .setIdentifiers(ids().setPhone("+44 20 7946 0321").build()).setPayload(order("S-1", 30.0)).build());
        fx.sendAvro("marketing", event("m-1", SourceSystem.MARKETING, T.plusSeconds(10))
            .setIdentifiers(ids().setPhone("+44 20 7946 0321").build())
            .setPayload(new ConsentChange("marketing", "phone", false)).build());
        ProfileChanged phone = last(fx.changed.readValuesToList());
        assertTrue(phone.getProfile().getPreferences().getDoNotCall());
        assertTrue(phone.getProfile().getSegments().contains("new-customer"), "a channel opt-out is not a general one");

        fx.sendAvro("marketing", event("m-2", SourceSystem.MARKETING, T.plusSeconds(20))
            .setIdentifiers(ids().setPhone("+44 20 7946 0321").build())
            .setPayload(new ConsentChange("marketing", null, false)).build());
        assertTrue(last(fx.changed.readValuesToList()).getSegmentsLeft().contains("new-customer"));
        fx.sendAvro("marketing", event("m-3", SourceSystem.MARKETING, T.plusSeconds(30))
            .setIdentifiers(ids().setPhone("+44 20 7946 0321").build())
            .setPayload(new ConsentChange("marketing", null, true)).build());
        ProfileChanged optIn = last(fx.changed.readValuesToList());
        assertTrue(optIn.getSegmentsEntered().contains("new-customer"), optIn.getSegmentsEntered().toString());
        assertTrue(optIn.getProfile().getPreferences().getDoNotCall(), "the phone opt-out still stands");
    }

    private static ProfileChanged last(List<ProfileChanged> changes) {
        return changes.get(changes.size() - 1);
    }
}
