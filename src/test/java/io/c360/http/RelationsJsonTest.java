package io.c360.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.c360.avro.CustomerProfile;
import io.c360.avro.GoldenValue;
import io.c360.avro.Household;
import io.c360.avro.Lineage;
import io.c360.avro.MemberSummary;
import io.c360.avro.SourceSystem;
import io.c360.profile.Profiles;
import org.junit.jupiter.api.Test;

/** A household is served with its address, family name and member names, read from the members' profiles. */
class RelationsJsonTest {
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private static CustomerProfile person(String id, String first, String last, String street) {
        CustomerProfile p = Profiles.empty(id, T0);
        Lineage lineage = new Lineage(SourceSystem.CRM, null, "e", T0);
        Map<String, String> values = new HashMap<>(Map.of("firstName", first, "lastName", last, "postcode", "10115",
            "city", "Berlin", "country", "DE"));
        values.put("street", street);
        values.forEach((k, v) -> p.getAttributes().put(k, GoldenValue.newBuilder().setValue(v).setLineage(lineage)
            .build()));
        return p;
    }

    private static MemberSummary member(String id, double revenue, Instant updated) {
        return MemberSummary.newBuilder().setCustomerId(id).setRevenue(revenue).setOrderCount(1)
            .setLifecycleStage("NEW").setUpdatedAt(updated).build();
    }

    @Test
    void theLatestMemberGivesTheAddressAndFamilyNameAndEveryMemberHisName() {
        Household h = new Household("h-x", new HashMap<>(Map.of("c1", member("c1", 10, T0),
            "c2", member("c2", 80, T0.plusSeconds(60)), "gone", member("gone", 5, T0))), T0);
        ObjectNode body = RelationsJson.household(h, Map.of(
            "c1", person("c1", "Anna", "Weber", "Hauptstr. 5"), "c2", person("c2", "Ben", "Weber", "Hauptstraße 5")));

        assertEquals("Hauptstraße 5", body.get("address").get("street").asText());
        assertEquals("Berlin", body.get("address").get("city").asText());
        assertEquals("Weber", body.get("familyName").asText());
        assertEquals("Anna Weber", body.get("members").get("c1").get("name").asText());
        assertEquals(80.0, body.get("members").get("c2").get("revenue").asDouble());
        assertTrue(body.get("members").get("gone").get("name").isNull(), "an erased member shows no name");
        assertEquals("h-x", body.get("householdId").asText());
    }
}
