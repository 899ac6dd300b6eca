package io.c360.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Builds the one {@link AppConfig} every entry point uses: built-in defaults, then the properties file,
 * then the environment ({@code C360_HTTP_PORT} → {@code c360.http.port}, {@code KAFKA_BOOTSTRAP_SERVERS}
 * → {@code bootstrap.servers}), then command-line overrides.
 */
public final class ConfigLoader {
    /** config/c360.properties and config/identity.properties, copied into the jar: one place documents and sets them. */
    private static final List<String> DEFAULTS = List.of("c360.properties", "identity.properties");

    private ConfigLoader() {
    }

    public static AppConfig load(Path file, Map<String, String> environment, Map<String, String> overrides) {
        Map<String, String> merged = new TreeMap<>(defaults());
        if (file != null) {
            merged.putAll(readFile(file));
        }
        merged.putAll(fromEnvironment(environment));
        merged.putAll(overrides);
        return new AppConfig(merged);
    }

    public static Map<String, String> defaults() {
        Map<String, String> defaults = new TreeMap<>();
        DEFAULTS.forEach(name -> defaults.putAll(RuleFiles.builtIn(name)));
        return defaults;
    }

    static Map<String, String> readFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("configuration file " + file + " does not exist");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties props = new Properties();
            props.load(reader);
            return toMap(props);
        } catch (IOException e) {
            throw new ConfigException("cannot read configuration file " + file + ": " + e.getMessage());
        }
    }

    static Map<String, String> fromEnvironment(Map<String, String> environment) {
        Map<String, String> result = new TreeMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith("C360_") && !name.startsWith("C360_DEMO_")) {
                result.put(toKey(name), value);
            } else if (name.startsWith("KAFKA_")) {
                result.put(toKey(name.substring("KAFKA_".length())), value);
            }
        });
        return result;
    }

    private static String toKey(String environmentName) {
        return environmentName.toLowerCase(Locale.ROOT).replace('_', '.');
    }

    private static Map<String, String> toMap(Properties props) {
        Map<String, String> map = new TreeMap<>();
        props.stringPropertyNames().forEach(k -> map.put(k, props.getProperty(k)));
        return map;
    }
}
