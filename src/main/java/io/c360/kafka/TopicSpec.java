package io.c360.kafka;

import java.util.Map;

import org.apache.kafka.common.config.TopicConfig;

/**
 * A topic c360 reads or writes: its name, how many partitions it needs and the topic-level settings it is
 * created with (cleanup policy, compaction and retention bounds).
 */
public record TopicSpec(String name, int partitions, Map<String, String> configs) {
    public TopicSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("topic name must not be blank");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("topic " + name + " needs at least one partition");
        }
        configs = Map.copyOf(configs);
    }

    /** A topic with the broker's default settings. */
    public static TopicSpec plain(String name, int partitions) {
        return new TopicSpec(name, partitions, Map.of());
    }

    public boolean compacted() {
        return TopicConfig.CLEANUP_POLICY_COMPACT.equals(configs.get(TopicConfig.CLEANUP_POLICY_CONFIG));
    }
}
