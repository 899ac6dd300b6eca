package io.c360.config;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Which settings are secrets (passwords, API key hashes, JWT and internal secrets, master and pseudonym keys,
 * SASL JAAS configs), and their values hidden for logs, error messages and configuration printouts.
 */
public final class Secrets {
    public static final String HIDDEN = "******";
    private static final Pattern SECRET = Pattern.compile(
        "(^|[._-])(password|secret|jaas|credentials?|token|api[._-]keys?|key)($|[._-])|\\.key$");

    private Secrets() {
    }

    public static boolean isSecret(String key) {
        return SECRET.matcher(key.toLowerCase(Locale.ROOT)).find();
    }

    /** The value as it may be shown: hidden for a secret key (an empty value stays visibly empty). */
    public static String shown(String key, String value) {
        return isSecret(key) && value != null && !value.isEmpty() ? HIDDEN : value;
    }

    /** A copy with every secret value hidden: what a configuration printout shows. */
    public static Map<String, String> redact(Map<String, String> settings) {
        Map<String, String> shown = new TreeMap<>();
        settings.forEach((k, v) -> shown.put(k, shown(k, v)));
        return shown;
    }
}
