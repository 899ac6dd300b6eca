package io.c360.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.c360.config.AppConfig;
import io.c360.config.ConfigLoader;
import picocli.CommandLine.Option;

/** Options shared by commands that read c360's configuration. */
final class ConfigOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "Properties file (see config/c360.properties).")
    Path file;

    @Option(names = {"-D", "--set"}, paramLabel = "KEY=VALUE",
        description = "Override one setting, e.g. -D c360.http.port=9090 (highest precedence).")
    Map<String, String> overrides = new LinkedHashMap<>();

    AppConfig load(Map<String, String> forced) {
        Map<String, String> all = new LinkedHashMap<>(forced);
        all.putAll(overrides);
        return ConfigLoader.load(file, System.getenv(), all);
    }
}
