package io.c360.topology;

import static io.c360.testing.Events.T0;
import static io.c360.testing.Events.event;
import static io.c360.testing.Events.ids;
import static io.c360.testing.Events.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.c360.avro.CustomerProfile;
import io.c360.avro.LifecycleStage;
import io.c360.avro.PageView;
import io.c360.avro.ProfileChanged;
import io.c360.avro.SourceSystem;
import io.c360.avro.TouchpointEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Late and out-of-order events, and scores that move on in event time without new events. */
class EventTimeTopologyTest {
    @TempDir
    Path stateDir;
    private TopologyFixture fx;

    @BeforeEach
    void start() {
        fx = new TopologyFixture(stateDir, Map.of("c360.profile.grace.period", "PT6H",
            "c360.profile.rescore.interval", "P1D"));
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private static TouchpointEvent view(String id, Instant at) {
        return event(id, SourceSystem.WEB, at).setEventType("page_view")
            .setIdentifiers(ids().setCookieId("ck-1").build())
            .setPayload(new PageView("https://shop.example/p", "shoes", null, null)).build();
    }

    private CustomerProfile only() {
        List<CustomerProfile> live = fx.liveProfiles();
        assertEquals(1, live.size());
        return live.get(0);
    }

    @Test
    void outOfOrderEventsWithinTheGracePeriodLandInTheRightSessionAndOrder() {
        fx.sendAvro("web", view("v1", T0));
        fx.sendAvro("web", view("v3", T0.plus(Duration.ofMinutes(50))));
        assertEquals(2, only().getWeb().getSessions());
        fx.sendAvro("web", view("v2", T0.plus(Duration.ofMinutes(25))));
        assertEquals(1, only().getWeb().getSessions(), "the late view joins both visits into one");
        assertEquals(0, only().getLateEvents());

        fx.sendAvro("web", view("v4", T0.plus(Duration.ofHours(12))));
        fx.sendAvro("web", view("v0", T0.minus(Duration.ofMinutes(10))));
        CustomerProfile p = only();
        assertEquals(1, p.getLateEvents(), "v0 is 12h10m behind stream time, past the 6h grace period");
        assertEquals(5, p.getWeb().getPageViews(), "late events still count in totals");
        assertEquals(3, p.getWeb().getSessions());
        assertEquals(T0.plus(Duration.ofHours(12)), p.getWeb().getLastVisitAt());
        assertEquals(T0.minus(Duration.ofMinutes(10)), p.getCreatedAt());
    }

    @Test
    void aCustomerWhoStopsBuyingMovesToAtRiskAsEventTimePassesAndEntersTheSegment() {
        fx.sendAvro("ecommerce", event("o1", SourceSystem.ECOMMERCE, T0)
            .setIdentifiers(ids().setEmail("big@example.com").build()).setPayload(order("O-1", 400.0)).build());
        fx.sendAvro("ecommerce", event("o2", SourceSystem.ECOMMERCE, T0.plus(Duration.ofDays(10)))
            .setIdentifiers(ids().setEmail("big@example.com").build()).setPayload(order("O-2", 300.0)).build());
        assertEquals(LifecycleStage.NEW, fx.profiles.all().next().value.getScores().getLifecycleStage());
        fx.changed.readValuesToList();

        // another customer's events move stream time 200 days on; nothing happens to the first customer
        fx.sendAvro("web", view("other", T0.plus(Duration.ofDays(210))));

        ProfileChanged change = fx.changed.readValuesToList().stream()
            .filter(c -> c.getProfile().getIdentifiers().stream().anyMatch(i -> i.getValue().equals("big@example.com")))
            .reduce((a, b) -> b).orElseThrow();
        assertEquals(LifecycleStage.AT_RISK, change.getProfile().getScores().getLifecycleStage());
        assertTrue(change.getSegmentsEntered().contains("high-value-at-risk"), change.getSegmentsEntered()::toString);
        assertTrue(change.getChangedFields().stream().anyMatch(f -> f.getField().equals("scores.lifecycleStage")
            && "NEW".equals(f.getOldValue()) && "AT_RISK".equals(f.getNewValue())));
    }
}
