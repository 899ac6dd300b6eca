package io.c360.profile;

import static io.c360.testing.Events.T0;
import static io.c360.testing.Events.event;
import static io.c360.testing.Events.ids;
import static io.c360.testing.Events.person;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.c360.avro.CustomerProfile;
import io.c360.avro.GoldenValue;
import io.c360.avro.SourceSystem;
import io.c360.avro.TouchpointEvent;
import org.junit.jupiter.api.Test;

/** The shipped survivorship configuration applied to a profile, with lineage and alternates. */
class GoldenAttributesTest {
    private final ProfileModel model = TestModels.defaults();

    private CustomerProfile apply(CustomerProfile p, TouchpointEvent e) {
        return model.apply(p, "c1", e, e.getEventTime());
    }

    @Test
    void theCrmIsTheSourceOfRecordForNamesWhileTheShopOwnsTheEmail() {
        TouchpointEvent crm = event("crm-1", SourceSystem.CRM, T0).setSourceRecordId("CRM-1")
            .setIdentifiers(ids().setEmail("old@example.com").build()).setPerson(person("Robert", "Miller")).build();
        TouchpointEvent shop = event("shop-1", SourceSystem.ECOMMERCE, T0.plusSeconds(3600))
            .setIdentifiers(ids().setEmail("new@example.com").build()).setPerson(person("Bob", "Miller")).build();
        TouchpointEvent callCenter = event("cc-1", SourceSystem.CALLCENTER, T0.plusSeconds(7200))
            .setIdentifiers(ids().setEmail("old@example.com").build()).setPerson(person("Rob", "Miler")).build();

        CustomerProfile p = apply(apply(apply(null, crm), shop), callCenter);

        GoldenValue first = p.getAttributes().get("firstName");
        assertEquals("Robert", first.getValue());
        assertEquals(SourceSystem.CRM, first.getLineage().getSource());
        assertEquals("CRM-1", first.getLineage().getSourceRecordId());
        assertEquals(2, first.getAlternates().size());
        assertEquals("Rob", first.getAlternates().get(0).getValue());
        assertEquals("Miller", p.getAttributes().get("lastName").getValue());
        assertEquals("new@example.com", p.getAttributes().get("email").getValue());
        assertEquals(SourceSystem.ECOMMERCE, p.getAttributes().get("email").getLineage().getSource());
    }

    @Test
    void repeatedAssertionsAreCountedPerValueAndSource() {
        CustomerProfile p = null;
        for (int i = 0; i < 3; i++) {
            p = apply(p, event("pos-" + i, SourceSystem.POS, T0.plusSeconds(i))
                .setIdentifiers(ids().setLoyaltyId("L1").build()).setPerson(person("Kate", "Moss")).build());
        }
        p = apply(p, event("web-1", SourceSystem.WEB, T0.plusSeconds(10))
            .setIdentifiers(ids().setLoyaltyId("L1").build()).setPerson(person("Kate", "Moss")).build());
        GoldenValue first = p.getAttributes().get("firstName");
        assertEquals(3, first.getCount(), "the POS said it three times");
        assertEquals(1, first.getAlternates().size());
        assertEquals(SourceSystem.WEB, first.getAlternates().get(0).getLineage().getSource());
    }
}
