package io.c360.config;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The merged configuration: c360's own keys ({@code c360.*}) and everything else, which is handed to
 * Kafka Streams and its clients unchanged. Immutable; build it with {@link ConfigLoader}.
 */
public final class AppConfig {
    public static final String C360_PREFIX = "c360.";

    private final Map<String, String> values;

    public AppConfig(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** A copy with some keys replaced: used by the demo and tests to point at their own broker and ports. */
    public AppConfig with(Map<String, String> overrides) {
        Map<String, String> merged = new TreeMap<>(values);
        merged.putAll(overrides);
        return new AppConfig(merged);
    }

    public String get(String key) {
        String value = values.get(key);
        if (value == null || value.isBlank()) {
            throw new ConfigException("missing configuration key '" + key + "'");
        }
        return value.trim();
    }

    public String get(String key, String fallback) {
        String value = values.get(key);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    public int getInt(String key) {
        String value = get(key);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ConfigException("configuration key '" + key + "' must be a whole number, not '"
                + Secrets.shown(key, value) + "'");
        }
    }

    public boolean getBoolean(String key) {
        String value = get(key);
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new ConfigException("configuration key '" + key + "' must be true or false, not '"
                + Secrets.shown(key, value) + "'");
        }
        return Boolean.parseBoolean(value);
    }

    public List<String> getList(String key) {
        return Arrays.stream(get(key, "").split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .toList();
    }

    public Pattern getPattern(String key) {
        String value = get(key, "");
        try {
            return Pattern.compile(value.isEmpty() ? "(?!)" : value, Pattern.CASE_INSENSITIVE);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("configuration key '" + key + "' is not a valid regular expression: "
                + e.getMessage());
        }
    }

    /** Every key that is not c360's own: Kafka Streams, producer, consumer and admin settings. */
    public Properties kafkaProperties() {
        Properties props = new Properties();
        values.forEach((k, v) -> {
            if (!k.startsWith(C360_PREFIX)) {
                props.put(k, v);
            }
        });
        return props;
    }

    /**
     * What a plain Kafka client (admin, consumer) needs to reach the cluster: the bootstrap servers and the
     * security settings, without the Streams-only keys a client would warn about.
     */
    public Properties clientProperties() {
        Properties props = new Properties();
        kafkaProperties().forEach((k, v) -> {
            String key = k.toString();
            if (key.equals("bootstrap.servers") || key.startsWith("security.") || key.startsWith("ssl.")
                || key.startsWith("sasl.") || key.equals("client.dns.lookup")) {
                props.put(key, v);
            }
        });
        return props;
    }

    public Map<String, String> asMap() {
        return values;
    }

    /** Every setting, secrets hidden: safe to log. */
    @Override
    public String toString() {
        return Secrets.redact(values).toString();
    }
}
