package io.c360.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Loads a rules file named by a config key (survivorship, segments, ...), or its built-in copy from the
 * jar when the key is empty.
 */
public final class RuleFiles {
    private RuleFiles() {
    }

    public static Map<String, String> load(AppConfig config, String key, String builtInName) {
        String file = config.get(key, "");
        return file.isEmpty() ? builtIn(builtInName) : ConfigLoader.readFile(Path.of(file));
    }

    static Map<String, String> builtIn(String name) {
        String resource = "/defaults/" + name;
        try (InputStream in = RuleFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in rules " + resource + " are missing from the classpath");
            }
            Properties props = new Properties();
            props.load(in);
            Map<String, String> map = new TreeMap<>();
            props.stringPropertyNames().forEach(k -> map.put(k, props.getProperty(k)));
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
