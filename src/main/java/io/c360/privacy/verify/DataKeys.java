package io.c360.privacy.verify;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.c360.privacy.DataKeyCipher;
import io.c360.privacy.SealException;

/**
 * The data keys that still exist, read from the key stores' changelogs (the last record per key wins; a tombstone
 * means the key was shredded), and the opening of sealed values with them.
 */
public final class DataKeys {
    private final DataKeyCipher cipher;
    private final Map<String, byte[]> wrapped = new HashMap<>();
    private final java.util.Set<String> known = new java.util.HashSet<>();
    private Runnable catchUp = () -> { };

    public DataKeys(DataKeyCipher cipher) {
        this.cipher = cipher;
    }

    /**
     * What reads the key stores' changelogs further when a sealed value names a subject they have not shown yet: a
     * key created after they were read (she came back, or something brought her data back under a new key).
     */
    public void catchUpWith(Runnable reader) {
        this.catchUp = reader;
    }

    /** Applies one changelog record of key store {@code store}: a wrapped key, or null for a shredded one. */
    public void apply(String store, String subject, byte[] wrappedKey) {
        known.add(store + "/" + subject);
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
     * The plaintext of a sealed value, or empty when the key it was sealed under no longer exists: its subject has
     * no key, or a newer one (the subject was erased, then came back: a later event of the same source record
     * starts afresh under a new key), which does not open what the destroyed key sealed.
     *
     * @throws io.c360.privacy.SealException when the subject's key does not unwrap: the wrong master key
     */
    public Optional<byte[]> open(byte[] sealed) {
        String subject = DataKeyCipher.subjectOf(sealed);
        if (!known.contains(subject)) {
            catchUp.run();
            known.add(subject);
        }
        byte[] key = wrapped.get(subject);
        if (key == null) {
            return Optional.empty();
        }
        javax.crypto.SecretKey dataKey = cipher.unwrap(key);
        try {
            return Optional.of(cipher.open(dataKey, sealed));
        } catch (SealException sealedUnderAnEarlierKey) {
            return Optional.empty();
        }
    }
}
