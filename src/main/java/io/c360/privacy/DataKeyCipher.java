package io.c360.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for personal data at rest. Each customer (or source record) has its own data key; data keys are
 * stored wrapped (encrypted) under a key derived from the master key. A sealed value names its subject, which is
 * also authenticated, so a value cannot be moved to another customer's key unnoticed:
 * {@code C5 01 | subject length (2 bytes) | subject (UTF-8) | nonce (12 bytes) | ciphertext and tag}.
 */
public final class DataKeyCipher {
    static final byte MAGIC = (byte) 0xC5;
    static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    /**
     * A cipher per thread, re-initialized for every value: {@code Cipher.getInstance} looks the provider up on
     * each call, a tenth of the sealing cost per event. A fresh nonce per encryption keeps re-use safe for GCM.
     */
    private static final ThreadLocal<Cipher> AES_GCM = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance(TRANSFORMATION);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(TRANSFORMATION + " is not available", e);
        }
    });

    private final SecretKey wrappingKey;
    private final SecureRandom random = new SecureRandom();

    public DataKeyCipher(PrivacyKeys keys) {
        this.wrappingKey = new SecretKeySpec(keys.derived("data-key-wrapping"), "AES");
    }

    /** A fresh data key, wrapped for storage. */
    public byte[] newWrappedKey() {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        try {
            return encrypt(wrappingKey, "data-key".getBytes(StandardCharsets.UTF_8), key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    public SecretKey unwrap(byte[] wrapped) {
        return new SecretKeySpec(decrypt(wrappingKey, "data-key".getBytes(StandardCharsets.UTF_8), wrapped, 0), "AES");
    }

    public byte[] seal(SecretKey key, String subject, byte[] plaintext) {
        byte[] header = header(subject);
        byte[] body = encrypt(key, header, plaintext);
        return ByteBuffer.allocate(header.length + body.length).put(header).put(body).array();
    }

    /** Starts with the envelope, and the subject it names fits: clear bytes may begin with the same two bytes. */
    public static boolean isSealed(byte[] value) {
        if (value == null || value.length <= 4 || value[0] != MAGIC || value[1] != VERSION) {
            return false;
        }
        int subjectLength = ((value[2] & 0xFF) << 8) | (value[3] & 0xFF);
        return 4 + subjectLength < value.length;
    }

    /** The subject a sealed value belongs to. */
    public static String subjectOf(byte[] sealed) {
        int length = ((sealed[2] & 0xFF) << 8) | (sealed[3] & 0xFF);
        return new String(sealed, 4, length, StandardCharsets.UTF_8);
    }

    public byte[] open(SecretKey key, byte[] sealed) {
        byte[] header = header(subjectOf(sealed));
        return decrypt(key, header, sealed, header.length);
    }

    private static byte[] header(String subject) {
        byte[] name = subject.getBytes(StandardCharsets.UTF_8);
        if (name.length > 0xFFFF) {
            throw new IllegalArgumentException("subject too long to seal under: " + name.length + " bytes");
        }
        return ByteBuffer.allocate(4 + name.length).put(MAGIC).put(VERSION).put((byte) (name.length >>> 8))
            .put((byte) name.length).put(name).array();
    }

    private byte[] encrypt(SecretKey key, byte[] associated, byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = AES_GCM.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associated);
            byte[] body = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(NONCE_BYTES + body.length).put(nonce).put(body).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** Opens the nonce and body that start at {@code offset} of {@code value}. */
    private static byte[] decrypt(SecretKey key, byte[] associated, byte[] value, int offset) {
        try {
            Cipher cipher = AES_GCM.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, value, offset, NONCE_BYTES));
            cipher.updateAAD(associated);
            return cipher.doFinal(value, offset + NONCE_BYTES, value.length - offset - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new SealException("a sealed value does not open with its key: tampered, or the wrong master key", e);
        }
    }
}
