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
    private final SecretKeySpec key;

    public Pseudonyms(PrivacyKeys keys) {
        this.key = new SecretKeySpec(keys.derived("pseudonyms"), HMAC);
    }

    public String of(String value) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
