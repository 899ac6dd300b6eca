package io.c360.privacy.verify;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.c360.privacy.DataKeyCipher;

/**
 * The data keys that still exist, read from the key stores' changelogs (the last record per key wins; a tombstone
 * means the key was shredded), and the opening of sealed values with them.
 */
public final class DataKeys {
    private final DataKeyCipher cipher;
    private final Map<String, byte[]> wrapped = new HashMap<>();

    public DataKeys(DataKeyCipher cipher) {
        this.cipher = cipher;
    }

    /** Applies one changelog record of key store {@code store}: a wrapped key, or null for a shredded one. */
    public void apply(String store, String subject, byte[] wrappedKey) {
        if (wrappedKey == null) {
            wrapped.remove(store + "/" + subject);
        } else {
            wrapped.put(store + "/" + subject, wrappedKey);
        }
    }

    public int live() {
        return wrapped.size();
    }

    /**
     * The plaintext of a sealed value, or empty when its key no longer exists.
     *
     * @throws io.c360.privacy.SealException when the key exists but does not open it: the wrong master key
     */
    public Optional<byte[]> open(byte[] sealed) {
        byte[] key = wrapped.get(DataKeyCipher.subjectOf(sealed));
        return key == null ? Optional.empty() : Optional.of(cipher.open(cipher.unwrap(key), sealed));
    }
}
