package io.c360.profile;

import java.time.Instant;

/** Null-tolerant min and max of event times. */
public final class Times {
    private Times() {
    }

    public static Instant min(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    public static Instant max(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
