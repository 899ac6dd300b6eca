package io.c360.query;

import io.c360.avro.TouchpointEvent;

/** Which interactions a timeline page shows: each criterion is optional and matches case-insensitively. */
public record TimelineFilter(String source, String channel, String eventType) {
    public static final TimelineFilter ALL = new TimelineFilter(null, null, null);

    public boolean matches(TouchpointEvent event) {
        return (source == null || source.equalsIgnoreCase(event.getSource().name()))
            && (channel == null || channel.equalsIgnoreCase(event.getChannel().name()))
            && (eventType == null || eventType.equalsIgnoreCase(event.getEventType()));
    }
}
