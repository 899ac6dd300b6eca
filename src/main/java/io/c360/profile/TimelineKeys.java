package io.c360.profile;

import java.time.Instant;

/**
 * Keys of the timeline store: {@code customerId|reversedTime|eventId}. The reversed, zero-padded time
 * makes a prefix scan over one customer return the newest interaction first.
 */
public final class TimelineKeys {
    public static final char SEPARATOR = '|';

    private TimelineKeys() {
    }

    public static String key(String customerId, Instant eventTime, String eventId) {
        return customerId + SEPARATOR + position(eventTime, eventId);
    }

    public static String prefix(String customerId) {
        return customerId + SEPARATOR;
    }

    /** Where an entry sorts among a customer's entries, newest first: the cursor of timeline pages. */
    public static String position(Instant eventTime, String eventId) {
        return String.format("%019d", Long.MAX_VALUE - eventTime.toEpochMilli()) + SEPARATOR + eventId;
    }

    public static String positionOf(String key) {
        return key.substring(key.indexOf(SEPARATOR) + 1);
    }
}
