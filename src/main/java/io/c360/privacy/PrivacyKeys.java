package io.c360.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.c360.config.AppConfig;
import io.c360.config.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The deployment's master key ({@code c360.privacy.master.key}, base64 of at least 32 bytes, usually from the
 * environment as {@code C360_PRIVACY_MASTER_KEY}) and the keys derived from it. Every instance of a deployment
 * must have the same master key. Without one, a development key is derived from the application id — anyone can
 * derive it too, so an instance only starts with it when {@code c360.privacy.development.key=true}.
 */
public final class PrivacyKeys {
    public static final String MASTER_KEY = "c360.privacy.master.key";
    public static final String DEVELOPMENT_KEY = "c360.privacy.development.key";
    static final int MIN_KEY_BYTES = 32;
    private static final Logger LOG = LoggerFactory.getLogger(PrivacyKeys.class);
    private static final String HMAC = "HmacSHA256";

    private final byte[] master;
    private final boolean development;

    private PrivacyKeys(byte[] master, boolean development) {
        this.master = master;
        this.development = development;
    }

    public static PrivacyKeys from(AppConfig config) {
        String encoded = config.get(MASTER_KEY, "").trim();
        if (encoded.isEmpty()) {
            String applicationId = config.get("application.id");
            return new PrivacyKeys(derive(("c360-development-key|" + applicationId).getBytes(StandardCharsets.UTF_8),
                "master"), true);
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(MASTER_KEY + " is not base64 (generate one with: openssl rand -base64 32)");
        }
        if (key.length < MIN_KEY_BYTES) {
            throw new ConfigException(MASTER_KEY + " must decode to at least " + MIN_KEY_BYTES + " bytes, not "
                + key.length + " (generate one with: openssl rand -base64 32)");
        }
        return new PrivacyKeys(key, false);
    }

    /**
     * Called once per process start. Without a master key an instance refuses to start unless
     * {@value #DEVELOPMENT_KEY} allows the development key, since data sealed under a key anyone can derive is not
     * protected at all; when allowed, it says so in the log.
     */
    public void checkFitToStart(AppConfig config) {
        if (!development) {
            return;
        }
        if (!config.getBoolean(DEVELOPMENT_KEY)) {
            throw new ConfigException(MASTER_KEY + " is not set: set C360_PRIVACY_MASTER_KEY to the deployment's "
                + "master key (openssl rand -base64 32), or " + DEVELOPMENT_KEY + "=true for development only");
        }
        LOG.warn("{} is not set: personal data is protected with a development key derived from the "
            + "application id ({}=true). Never run like this with real data.", MASTER_KEY, DEVELOPMENT_KEY);
    }

    public boolean development() {
        return development;
    }

    /** A key for one purpose, derived from the master key so purposes never share key material. */
    public byte[] derived(String purpose) {
        return derive(master, purpose);
    }

    static byte[] derive(byte[] key, String purpose) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(("c360|" + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
