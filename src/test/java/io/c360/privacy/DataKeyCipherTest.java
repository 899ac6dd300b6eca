package io.c360.privacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.crypto.SecretKey;

import io.c360.config.AppConfig;
import io.c360.config.ConfigLoader;
import org.junit.jupiter.api.Test;

class DataKeyCipherTest {
    private static final String MASTER = Base64.getEncoder()
        .encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    private final DataKeyCipher cipher = new DataKeyCipher(PrivacyKeys.from(
        new AppConfig(ConfigLoader.defaults()).with(Map.of(PrivacyKeys.MASTER_KEY, MASTER))));

    @Test
    void aSealedValueOpensWithItsKeyAndNamesItsSubject() {
        SecretKey key = cipher.unwrap(cipher.newWrappedKey());
        byte[] plain = "Anna Kato, anna@example.com".getBytes(StandardCharsets.UTF_8);
        byte[] sealed = cipher.seal(key, "customers/c-1", plain);
        assertTrue(DataKeyCipher.isSealed(sealed));
        assertEquals("customers/c-1", DataKeyCipher.subjectOf(sealed));
        assertArrayEquals(plain, cipher.open(key, sealed));
        assertFalse(Arrays.equals(sealed, cipher.seal(key, "customers/c-1", plain)), "a fresh nonce per value");
    }

    @Test
    void aTamperedValueOrAnotherKeyIsRefusedAndTheThreadsCipherStillWorksAfterwards() {
        SecretKey key = cipher.unwrap(cipher.newWrappedKey());
        SecretKey other = cipher.unwrap(cipher.newWrappedKey());
        byte[] plain = "value".getBytes(StandardCharsets.UTF_8);
        byte[] sealed = cipher.seal(key, "records/r-1", plain);
        byte[] tampered = sealed.clone();
        tampered[tampered.length - 1] ^= 1;
        assertThrows(SealException.class, () -> cipher.open(key, tampered));
        assertThrows(SealException.class, () -> cipher.open(other, sealed));
        assertArrayEquals(plain, cipher.open(key, sealed));
        assertArrayEquals(plain, cipher.open(key, cipher.seal(key, "records/r-1", plain)));
    }

    @Test
    void threadsSealAndOpenAtTheSameTimeWithoutMixingUpTheirValues() throws Exception {
        SecretKey key = cipher.unwrap(cipher.newWrappedKey());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            var results = new java.util.ArrayList<Future<Boolean>>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        byte[] plain = ("thread " + thread + " value " + i).getBytes(StandardCharsets.UTF_8);
                        if (!Arrays.equals(plain, cipher.open(key, cipher.seal(key, "s/" + thread, plain)))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
