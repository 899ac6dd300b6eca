package io.c360.profile;

import static io.c360.testing.Events.T0;
import static io.c360.testing.Events.event;
import static io.c360.testing.Events.ids;
import static io.c360.testing.Events.order;
import static io.c360.testing.Events.person;
import static io.c360.testing.Events.returned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.c360.avro.ConsentChange;
import io.c360.avro.CustomerProfile;
import io.c360.avro.GoldenValue;
import io.c360.avro.SourceSystem;
import io.c360.avro.TouchpointEvent;
import org.junit.jupiter.api.Test;

class ProfileAggregatorTest {
    private final ProfileModel model = TestModels.mostRecentEverywhere();

    private CustomerProfile apply(CustomerProfile p, TouchpointEvent e) {
        return model.apply(p, "c1", e, e.getEventTime());
    }

    @Test
    void goldenValuesFollowTheMostRecentEventAndKeepAlternatesWithLineage() {
        TouchpointEvent crm = event("crm-1", SourceSystem.CRM, T0).setSourceRecordId("C-1")
            .setIdentifiers(ids().setEmail("jane@example.com").build()).setPerson(person("Jane", "Doe")).build();
        TouchpointEvent pos = event("pos-1", SourceSystem.POS, T0.plusSeconds(60))
            .setIdentifiers(ids().setEmail("jane@example.com").build()).setPerson(person("Janet", "Doe")).build();
        TouchpointEvent lateCallCenter = event("cc-1", SourceSystem.CALLCENTER, T0.minusSeconds(60))
            .setIdentifiers(ids().setEmail("jane@example.com").build()).setPerson(person("J", "Doe")).build();

        CustomerProfile p = apply(apply(apply(null, crm), pos), lateCallCenter);

        GoldenValue first = p.getAttributes().get("firstName");
        assertEquals("Janet", first.getValue());
        assertEquals(SourceSystem.POS, first.getLineage().getSource());
        assertEquals("pos-1", first.getLineage().getEventId());
        assertEquals(2, first.getAlternates().size());
        assertEquals("Jane", first.getAlternates().get(0).getValue());
        assertEquals("C-1", first.getAlternates().get(0).getLineage().getSourceRecordId());
        assertEquals(T0.minusSeconds(60), p.getCreatedAt());
        assertEquals(T0.plusSeconds(60), p.getUpdatedAt());
        assertEquals(3, p.getEventCount());
        assertEquals(1L, p.getEventsBySource().get("POS"));
        assertEquals(1, p.getIdentifiers().size());
        assertEquals(1, p.getSourceRecords().size());
    }

    @Test
    void ordersCountWhenPlacedAndReturnsTakeRevenueBack() {
        CustomerProfile p = apply(null, event("o1", SourceSystem.ECOMMERCE, T0)
            .setIdentifiers(ids().setEmail("a@example.com").build()).setPayload(order("A-1", 100.0)).build());
        p = apply(p, event("o2", SourceSystem.POS, T0.plusSeconds(10))
            .setIdentifiers(ids().setEmail("a@example.com").build()).setPayload(order("P-1", 30.5)).build());
        p = apply(p, event("o3", SourceSystem.ECOMMERCE, T0.plusSeconds(20))
            .setIdentifiers(ids().setEmail("a@example.com").build()).setPayload(returned("A-1", 100.0)).build());

        assertEquals(2, p.getCommerce().getOrderCount());
        assertEquals(1, p.getCommerce().getReturnedCount());
        assertEquals(30.5, p.getCommerce().getRevenue(), 1e-9);
        assertEquals(T0, p.getCommerce().getFirstPurchaseAt());
        assertEquals(T0.plusSeconds(10), p.getCommerce().getLastPurchaseAt());
    }

    @Test
    void aRedeliveredEventIsNotCountedTwiceAndInputsAreNotMutated() {
        TouchpointEvent e = event("o1", SourceSystem.ECOMMERCE, T0)
            .setIdentifiers(ids().setEmail("a@example.com").build()).setPayload(order("A-1", 10.0)).build();
        CustomerProfile once = apply(null, e);
        CustomerProfile snapshot = Profiles.copy(once);

        assertSame(once, apply(once, e));
        CustomerProfile twice = apply(once, event("o2", SourceSystem.ECOMMERCE, T0)
            .setIdentifiers(ids().setEmail("a@example.com").build()).setPayload(order("A-2", 5.0)).build());
        assertEquals(snapshot, once);
        assertEquals(2, twice.getCommerce().getOrderCount());
    }

    @Test
    void theLatestConsentDecisionInEventTimeWins() {
        TouchpointEvent optOut = event("m1", SourceSystem.MARKETING, T0.plusSeconds(100))
            .setIdentifiers(ids().setEmail("a@example.com").build())
            .setPayload(new ConsentChange("marketing", "email", false)).build();
        TouchpointEvent olderOptIn = event("m0", SourceSystem.CRM, T0)
            .setIdentifiers(ids().setEmail("a@example.com").build())
            .setPayload(new ConsentChange("marketing", "email", true)).build();

        CustomerProfile p = apply(apply(null, optOut), olderOptIn);

        assertFalse(p.getConsents().get("marketing:email").getGranted());
        assertEquals("m1", p.getConsents().get("marketing:email").getLineage().getEventId());
        assertTrue(p.getRecentEventIds().contains("m0"));
    }
}
