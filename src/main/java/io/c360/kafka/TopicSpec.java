package io.c360.kafka;

/** A topic c360 reads or writes: its name, how many partitions it needs and whether it is compacted. */
public record TopicSpec(String name, int partitions, boolean compacted) {
    public TopicSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("topic name must not be blank");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("topic " + name + " needs at least one partition");
        }
    }
}
