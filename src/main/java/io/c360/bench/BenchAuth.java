package io.c360.bench;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

import io.c360.privacy.PrivacyKeys;
import io.c360.query.RemoteQueries;
import io.c360.security.ApiKeys;

/**
 * Credentials made for one benchmark run: the instances keep authentication on (it is part of what is measured)
 * with a fresh admin key and inter-instance secret, and the load sends them.
 */
public record BenchAuth(String adminKey, String internalSecret) {
    public static BenchAuth generate() {
        SecureRandom random = new SecureRandom();
        byte[] key = new byte[24];
        byte[] secret = new byte[24];
        random.nextBytes(key);
        random.nextBytes(secret);
        return new BenchAuth(HexFormat.of().formatHex(key), HexFormat.of().formatHex(secret));
    }

    /** The settings that make instances accept these credentials; data is sealed under the development key. */
    public Map<String, String> settings() {
        return Map.of("c360.auth.api.keys", "bench-admin:admin:" + ApiKeys.hash(adminKey),
            "c360.http.internal.secret", internalSecret,
            // a kept data directory is measured again by a later run: its sealed stores need the same key
            PrivacyKeys.DEVELOPMENT_KEY, "true");
    }

    /** The headers every benchmark request carries: the admin key, and the secret for /internal reads. */
    public Map<String, String> headers() {
        return Map.of("Authorization", "Bearer " + adminKey, RemoteQueries.SECRET_HEADER, internalSecret);
    }
}
