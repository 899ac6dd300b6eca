package io.c360.profile;

import static io.c360.testing.Events.T0;
import static io.c360.testing.Events.event;
import static io.c360.testing.Events.ids;
import static io.c360.testing.Events.order;
import static io.c360.testing.Events.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.c360.avro.CustomerProfile;
import io.c360.avro.SourceSystem;
import io.c360.avro.TouchpointEvent;
import org.junit.jupiter.api.Test;

class ProfileMergerTest {
    private final ProfileModel model = TestModels.defaults();

    private CustomerProfile build(String id, List<TouchpointEvent> events) {
        CustomerProfile p = null;
        for (TouchpointEvent e : events) {
            p = model.apply(p, id, e, e.getEventTime());
        }
        return p;
    }

    @Test
    void mergingTwoProfilesEqualsApplyingAllTheirEventsToOne() {
        TouchpointEvent a1 = event("a1", SourceSystem.CRM, T0).setSourceRecordId("CRM-1")
            .setIdentifiers(ids().setEmail("jane@example.com").setCrmId("CRM-1").build())
            .setPerson(person("Jane", "Doe")).build();
        TouchpointEvent a2 = event("a2", SourceSystem.ECOMMERCE, T0.plusSeconds(50))
            .setIdentifiers(ids().setEmail("jane@example.com").build()).setPayload(order("W-1", 40.0)).build();
        TouchpointEvent b1 = event("b1", SourceSystem.POS, T0.plusSeconds(20))
            .setIdentifiers(ids().setLoyaltyId("LOY-9").build()).setPerson(person("Janie", "Doe"))
            .setPayload(order("S-1", 12.0)).build();
        TouchpointEvent b2 = event("b2", SourceSystem.LOYALTY, T0.plusSeconds(90))
            .setIdentifiers(ids().setLoyaltyId("LOY-9").build()).build();

        CustomerProfile merged = model.merge(build("a", List.of(a1, a2)), build("b", List.of(b1, b2)), T0.plusSeconds(90));
        CustomerProfile together = build("a", List.of(a1, b1, a2, b2));

        assertEquals(together.getEventCount(), merged.getEventCount());
        assertEquals(together.getCommerce(), merged.getCommerce());
        assertEquals(together.getAttributes(), merged.getAttributes());
        assertEquals(together.getEventsBySource(), merged.getEventsBySource());
        assertEquals(together.getService(), merged.getService());
        assertEquals(together.getLoyalty(), merged.getLoyalty());
        assertEquals(together.getScores(), merged.getScores());
        assertEquals(together.getSegments(), merged.getSegments());
        assertEquals(together.getCreatedAt(), merged.getCreatedAt());
        assertEquals(together.getUpdatedAt(), merged.getUpdatedAt());
        assertEquals(3, merged.getIdentifiers().size());
        assertEquals(List.of("b"), merged.getMergedFrom());
        assertTrue(merged.getRecentEventIds().containsAll(List.of("a1", "a2", "b1", "b2")));
    }
}
