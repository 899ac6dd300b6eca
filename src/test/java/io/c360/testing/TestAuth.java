package io.c360.testing;

import java.util.LinkedHashMap;
import java.util.Map;

import io.c360.security.ApiKeys;

/** The API keys every test instance accepts, one per role, the instances' shared internal secret and master key. */
public final class TestAuth {
    public static final String ADMIN = "test-admin-key-0123456789abcdef";
    public static final String AGENT = "test-agent-key-0123456789abcdef";
    public static final String MARKETER = "test-marketer-key-0123456789abcdef";
    public static final String ANALYST = "test-analyst-key-0123456789abcdef";
    public static final String AUDITOR = "test-auditor-key-0123456789abcdef";
    public static final String INTERNAL_SECRET = "test-internal-secret-0123456789abcdef";
    /** base64 of 32 bytes: instances under test seal with a real master key, as in production. */
    public static final String MASTER_KEY = "dGVzdC1tYXN0ZXIta2V5LTAxMjM0NTY3ODlhYmNkZWY=";

    private TestAuth() {
    }

    /** The settings that give an instance these keys. */
    public static Map<String, String> settings() {
        return Map.of(
            "c360.auth.api.keys", String.join(",", entry("admin", ADMIN), entry("agent", AGENT),
                entry("marketer", MARKETER), entry("analyst", ANALYST), entry("auditor", AUDITOR)),
            "c360.http.internal.secret", INTERNAL_SECRET,
            "c360.privacy.master.key", MASTER_KEY);
    }

    /** {@code overrides} plus the auth settings (the overrides win). */
    public static Map<String, String> with(Map<String, String> overrides) {
        Map<String, String> all = new LinkedHashMap<>(settings());
        all.putAll(overrides);
        return all;
    }

    private static String entry(String role, String key) {
        return "test-" + role + ":" + role + ":" + ApiKeys.hash(key);
    }
}
