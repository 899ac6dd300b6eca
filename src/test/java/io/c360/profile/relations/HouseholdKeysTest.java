package io.c360.profile.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import io.c360.avro.CustomerProfile;
import io.c360.avro.GoldenValue;
import io.c360.avro.Lineage;
import io.c360.avro.SourceSystem;
import io.c360.profile.Profiles;
import org.junit.jupiter.api.Test;

class HouseholdKeysTest {
    private static CustomerProfile at(String street, String postcode, String lastName) {
        CustomerProfile p = Profiles.empty("c", Instant.EPOCH);
        Lineage lineage = new Lineage(SourceSystem.CRM, null, "e", Instant.EPOCH);
        Map.of("street", street, "postcode", postcode, "lastName", lastName, "country", "GB").forEach((k, v) ->
            p.getAttributes().put(k, GoldenValue.newBuilder().setValue(v).setLineage(lineage).build()));
        return p;
    }

    @Test
    void sameAddressAndFamilyNameIsOneHouseholdWhateverTheSpelling() {
        Optional<String> a = HouseholdKeys.derive(at("12 Baker Street", "NW1 6XE", "Müller"));
        assertTrue(a.isPresent() && a.get().startsWith("h-"));
        assertEquals(a, HouseholdKeys.derive(at("12 baker street", "nw16xe", "MULLER")));
        assertNotEquals(a, HouseholdKeys.derive(at("12 Baker Street", "NW1 6XE", "Smith")));
        assertNotEquals(a, HouseholdKeys.derive(at("14 Baker Street", "NW1 6XE", "Müller")));
    }

    @Test
    void noHouseholdWithoutAFullAddressAndName() {
        CustomerProfile p = Profiles.empty("c", Instant.EPOCH);
        assertEquals(Optional.empty(), HouseholdKeys.derive(p));
    }
}
