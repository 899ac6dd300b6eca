package io.c360.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.c360.avro.CustomerProfile;
import io.c360.profile.GeneratedProfiles;
import org.junit.jupiter.api.Test;

class AvroMapsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    @Test
    void theViewEqualsTheProfilesJsonReadAsMaps() {
        for (CustomerProfile p : GeneratedProfiles.of(11, 25)) {
            Map<String, Object> viaJson = JSON.convertValue(AvroJson.toJson(p), MAP);
            assertEquals(viaJson, AvroMaps.of(p), p.getCustomerId());
            assertEquals(viaJson.toString(), AvroMaps.of(p).toString());
        }
    }
}
