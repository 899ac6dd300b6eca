package io.c360.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.c360.config.AppConfig;
import io.c360.config.ConfigLoader;
import org.junit.jupiter.api.Test;

class PseudonymsTest {
    private final PrivacyKeys keys = PrivacyKeys.from(new AppConfig(ConfigLoader.defaults()));
    private final Pseudonyms pseudonyms = new Pseudonyms(keys);

    @Test
    void aValueAlwaysGetsTheKeyedHashOfItsOwnBytes() throws Exception {
        Mac reference = Mac.getInstance("HmacSHA256");
        reference.init(new SecretKeySpec(keys.derived("pseudonyms"), "HmacSHA256"));
        for (String value : new String[] {"anna@example.com", "", "ünïcödé", "anna@example.com", "+4915112345678"}) {
            String expected = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(reference.doFinal(value.getBytes(StandardCharsets.UTF_8)));
            assertEquals(expected, pseudonyms.of(value), value);
        }
        assertNotEquals(pseudonyms.of("a"), pseudonyms.of("b"));
    }

    @Test
    void everyThreadGetsTheSameHashes() throws Exception {
        String onThisThread = pseudonyms.of("ben@example.com");
        String[] onAnother = new String[1];
        Thread other = new Thread(() -> onAnother[0] = pseudonyms.of("ben@example.com"));
        other.start();
        other.join(10_000);
        assertEquals(onThisThread, onAnother[0]);
    }
}
