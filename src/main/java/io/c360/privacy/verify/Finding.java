package io.c360.privacy.verify;

import java.util.Set;

/** A copy of her data: where it is (topic-partition@offset, or store/task), how readable, and which values. */
public record Finding(String location, Exposure exposure, Set<Hit> hits) {
}
