package io.c360.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import io.c360.config.AppConfig;

/**
 * One static consumer-group membership per instance, kept across restarts. The group knows the instance by an id
 * stored in its state directory, so an instance restarted after a crash (kill -9) takes its old place at once,
 * instead of waiting in PreparingRebalance until the dead members' sessions expire. The id lives with the state,
 * which Kafka Streams lets one live instance use at a time, so no two live instances share it; a wiped state
 * directory gives a new one. An explicit {@code group.instance.id} wins.
 */
final class StaticMembership {
    static final String FILE = "c360-group-instance-id";

    private StaticMembership() {
    }

    static AppConfig apply(AppConfig config) {
        if (!config.getBoolean("c360.static.membership") || !config.get("group.instance.id", "").isBlank()) {
            return config;
        }
        String application = config.get("application.id");
        Path dir = Path.of(config.get("state.dir")).resolve(application);
        return config.with(Map.of("group.instance.id", application + "-" + idIn(dir)));
    }

    private static String idIn(Path dir) {
        Path file = dir.resolve(FILE);
        try {
            if (Files.exists(file)) {
                String id = Files.readString(file, StandardCharsets.UTF_8).trim();
                if (!id.isEmpty()) {
                    return id;
                }
            }
            Files.createDirectories(dir);
            String id = UUID.randomUUID().toString();
            Files.writeString(file, id, StandardCharsets.UTF_8);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the group instance id in " + file, e);
        }
    }
}
