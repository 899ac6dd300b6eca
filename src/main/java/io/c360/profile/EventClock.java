package io.c360.profile;

import java.time.Duration;
import java.time.Instant;

/**
 * Event-time context of one update: the stream time (the latest event time the task has seen) and the
 * grace period within which late events still land in time-bucketed aggregates such as sessions.
 */
public record EventClock(Instant streamTime, Duration grace) {
    public boolean isLate(Instant eventTime) {
        return eventTime.isBefore(streamTime.minus(grace));
    }

    public Instant horizon() {
        return streamTime.minus(grace);
    }
}
