package io.c360.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.c360.avro.CustomerProfile;
import org.junit.jupiter.api.Test;

class ProfilesTest {
    @Test
    void anEmptyProfileIsWhatTheBuildersDefaultsGive() {
        var at = java.time.Instant.parse("2026-03-01T10:00:00Z");
        assertEquals(Profiles.build("c1", at), Profiles.empty("c1", at));
        CustomerProfile first = Profiles.empty("c2", at);
        first.getCommerce().getCategoryCounts().put("shoes", 1L);
        first.getMergedFrom().add("c0");
        assertEquals(Profiles.build("c3", at), Profiles.empty("c3", at), "copies share nothing");
    }

}
