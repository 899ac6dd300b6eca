package io.c360.profile.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import io.c360.avro.CustomerProfile;
import io.c360.avro.GoldenValue;
import io.c360.avro.Lineage;
import io.c360.avro.SourceSystem;
import io.c360.config.AppConfig;
import io.c360.config.ConfigLoader;
import io.c360.privacy.PrivacyKeys;
import io.c360.privacy.Pseudonyms;
import io.c360.profile.Profiles;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;

class HouseholdKeysTest {
    private static final HouseholdKeys KEYS = keys("c360-household-test");

    private static HouseholdKeys keys(String applicationId) {
        return new HouseholdKeys(new Pseudonyms(PrivacyKeys.from(new AppConfig(ConfigLoader.defaults())
            .with(Map.of("application.id", applicationId)))));
    }

    private static CustomerProfile at(String street, String postcode, String lastName) {
        CustomerProfile p = Profiles.empty("c", Instant.EPOCH);
        Lineage lineage = new Lineage(SourceSystem.CRM, null, "e", Instant.EPOCH);
        Map.of("street", street, "postcode", postcode, "lastName", lastName, "country", "GB").forEach((k, v) ->
            p.getAttributes().put(k, GoldenValue.newBuilder().setValue(v).setLineage(lineage).build()));
        return p;
    }

    @Test
    void sameAddressAndFamilyNameIsOneHouseholdWhateverTheSpelling() {
        Optional<String> a = KEYS.derive(at("12 Baker Street", "NW1 6XE", "Müller"));
        assertTrue(a.isPresent() && a.get().startsWith("h-"));
        assertEquals(a, KEYS.derive(at("12 baker street", "nw16xe", "MULLER")));
        assertNotEquals(a, KEYS.derive(at("12 Baker Street", "NW1 6XE", "Smith")));
        assertNotEquals(a, KEYS.derive(at("14 Baker Street", "NW1 6XE", "Müller")));
    }

    @Test
    void theIdIsAKeyedHashThatNoUnkeyedHashOfTheAddressGives() {
        CustomerProfile p = at("12 Baker Street", "NW1 6XE", "Müller");
        String id = KEYS.derive(p).orElseThrow();
        assertNotEquals(id, keys("another-deployment").derive(p).orElseThrow(), "another key, another id");
        String unkeyed = "h-" + HexFormat.of().formatHex(DigestUtils.sha256(
            "12bakerstreet|nw16xe|gb|muller".getBytes(StandardCharsets.UTF_8)), 0, 8);
        assertNotEquals(unkeyed, id, "guessing the address and name is not enough to find the household");
    }

    @Test
    void noHouseholdWithoutAFullAddressAndName() {
        CustomerProfile p = Profiles.empty("c", Instant.EPOCH);
        assertEquals(Optional.empty(), KEYS.derive(p));
    }
}
