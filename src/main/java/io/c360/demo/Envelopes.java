package io.c360.demo;

import io.c360.avro.Channel;
import io.c360.avro.SourceSystem;
import io.c360.avro.TouchpointEvent;
import java.time.Instant;

/** The common part of every synthetic event. */
final class Envelopes {

  /**
   * Placeholder until the generator numbers the events: ids are handed out in event-time order, per source, as a real
   * source's sequence would be.
   */
  static final String PENDING_ID = "pending";

  private Envelopes() {
  }

  static TouchpointEvent.Builder envelope(SourceSystem source, Channel channel, String type, Instant time) {
    return TouchpointEvent.newBuilder().setEventId(PENDING_ID).setSource(source).setChannel(channel)
        .setEventType(type).setEventTime(time);
  }
}
