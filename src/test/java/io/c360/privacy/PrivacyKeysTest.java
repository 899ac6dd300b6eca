package io.c360.privacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import io.c360.config.AppConfig;
import io.c360.config.ConfigException;
import io.c360.config.ConfigLoader;
import org.junit.jupiter.api.Test;

class PrivacyKeysTest {
    private static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @Test
    void anInstanceWithoutMasterKeyRefusesToStartAndSaysHowToFixIt() {
        AppConfig config = config(Map.of());
        PrivacyKeys keys = PrivacyKeys.from(config);
        assertTrue(keys.development());
        ConfigException refused = assertThrows(ConfigException.class, () -> keys.checkFitToStart(config));
        assertTrue(refused.getMessage().contains("C360_PRIVACY_MASTER_KEY"), refused.getMessage());
        assertTrue(refused.getMessage().contains(PrivacyKeys.DEVELOPMENT_KEY), refused.getMessage());
        assertFalse(refused.getMessage().contains("\n"));
    }

    @Test
    void theDevelopmentKeyIsUsedOnlyWhenAllowed() {
        AppConfig config = config(Map.of(PrivacyKeys.DEVELOPMENT_KEY, "true"));
        assertDoesNotThrow(() -> PrivacyKeys.from(config).checkFitToStart(config));
    }

    @Test
    void aConfiguredMasterKeyStartsAndDerivesOtherKeysThanTheDevelopmentKey() {
        AppConfig configured = config(Map.of(PrivacyKeys.MASTER_KEY, KEY));
        PrivacyKeys keys = PrivacyKeys.from(configured);
        assertFalse(keys.development());
        assertDoesNotThrow(() -> keys.checkFitToStart(configured));
        assertArrayEquals(keys.derived("seal"), PrivacyKeys.from(configured).derived("seal"));
        assertFalse(Arrays.equals(keys.derived("seal"), keys.derived("pseudonym")));
        assertNotEquals(Arrays.toString(keys.derived("seal")),
            Arrays.toString(PrivacyKeys.from(config(Map.of())).derived("seal")));
    }

    @Test
    void aShortOrMalformedMasterKeyIsRefused() {
        assertThrows(ConfigException.class, () -> PrivacyKeys.from(config(Map.of(PrivacyKeys.MASTER_KEY, "c2hvcnQ="))));
        assertThrows(ConfigException.class, () -> PrivacyKeys.from(config(Map.of(PrivacyKeys.MASTER_KEY, "not base64!"))));
    }

    private static AppConfig config(Map<String, String> overrides) {
        return new AppConfig(ConfigLoader.defaults()).with(overrides);
    }
}
