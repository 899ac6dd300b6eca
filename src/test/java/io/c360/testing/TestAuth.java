package io.c360.testing;

import java.util.LinkedHashMap;
import java.util.Map;

import io.c360.security.ApiKeys;

/** The API keys every test instance accepts, one per role, and the instances' shared internal secret. */
public final class TestAuth {
    public static final String ADMIN = "test-admin-key-0123456789abcdef";
    public static final String AGENT = "test-agent-key-0123456789abcdef";
    public static final String MARKETER = "test-marketer-key-0123456789abcdef";
    public static final String ANALYST = "test-analyst-key-0123456789abcdef";
    public static final String AUDITOR = "test-auditor-key-0123456789abcdef";
    public static final String INTERNAL_SECRET = "test-internal-secret-0123456789abcdef";

    private TestAuth() {
    }

    /** The settings that give an instance these keys. */
    public static Map<String, String> settings() {
        return Map.of(
            "c360.auth.api.keys", String.join(",", entry("admin", ADMIN), entry("agent", AGENT),
                entry("marketer", MARKETER), entry("analyst", ANALYST), entry("auditor", AUDITOR)),
            "c360.http.internal.secret", INTERNAL_SECRET);
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
