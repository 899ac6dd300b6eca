package io.c360.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/** Settings that are ISO-8601 durations (PT24H, P1D, PT30S). */
public final class Durations {
    private Durations() {
    }

    /** The positive duration {@code key} names, or a ConfigException saying what is wrong with it. */
    public static Duration positive(AppConfig config, String key) {
        String value = config.get(key);
        try {
            Duration d = Duration.parse(value);
            if (d.isNegative() || d.isZero()) {
                throw new ConfigException(key + " must be a positive duration, not '" + value + "'");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new ConfigException(key + " must be an ISO-8601 duration such as PT24H or P1D, not '" + value + "'");
        }
    }
}
