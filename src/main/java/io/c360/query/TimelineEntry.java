package io.c360.query;

import io.c360.avro.TouchpointEvent;

/** One interaction on a timeline: the event and its position (the page cursor after it). */
public record TimelineEntry(String recordedUnder, String position, TouchpointEvent event) {
}
