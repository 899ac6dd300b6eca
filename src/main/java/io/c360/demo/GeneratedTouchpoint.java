package io.c360.demo;

import io.c360.avro.TouchpointEvent;

/**
 * A synthetic event with its ground truth.
 *
 * @param personId the person who really caused the event, e.g. {@code P000042}, or null for an event about a
 *     company; never sent to c360
 * @param topicSource the lower-case source name, the suffix of the input topic the event belongs on
 */
public record GeneratedTouchpoint(String personId, String topicSource, TouchpointEvent event) {
}
