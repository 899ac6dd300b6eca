package io.c360.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed one-way hashes (HMAC-SHA256) of personal values, for the places c360 must recognise a value without
 * keeping it readable: the identifiers of erased customers. Without the master key the hashes reveal nothing,
 * not even to a dictionary of likely e-mail addresses.
 */
public final class Pseudonyms {
    private static final String HMAC = "HmacSHA256";
    /** A keyed MAC per thread: doFinal resets it for the next value, so only the first use pays for the set-up. */
    private final ThreadLocal<Mac> macs;

    public Pseudonyms(PrivacyKeys keys) {
        SecretKeySpec key = new SecretKeySpec(keys.derived("pseudonyms"), HMAC);
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance(HMAC);
                mac.init(key);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
            }
        });
    }

    public String of(String value) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
            macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }
}
