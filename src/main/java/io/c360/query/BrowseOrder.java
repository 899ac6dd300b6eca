package io.c360.query;

import java.util.Comparator;
import java.util.Locale;

import io.c360.avro.CustomerProfile;

/**
 * The order of a page of profiles. RICHEST (most source systems, then most events) shows the profiles
 * that say most about c360 first and costs a scan of every profile; ID follows the store's key order and
 * reads only as many profiles as the page needs.
 */
public enum BrowseOrder {
    RICHEST(Comparator.comparingInt((CustomerProfile p) -> -p.getEventsBySource().size())
        .thenComparingLong(p -> -p.getEventCount())
        .thenComparing(CustomerProfile::getCustomerId)),
    ID(Comparator.comparing(CustomerProfile::getCustomerId));

    private final Comparator<CustomerProfile> comparator;

    BrowseOrder(Comparator<CustomerProfile> comparator) {
        this.comparator = comparator;
    }

    public Comparator<CustomerProfile> comparator() {
        return comparator;
    }

    /** Whether the page needs every profile looked at, or only the first ones in key order. */
    boolean scansAll() {
        return this == RICHEST;
    }

    public static BrowseOrder parse(String raw) {
        for (BrowseOrder order : values()) {
            if (order.name().equals(raw.trim().toUpperCase(Locale.ROOT))) {
                return order;
            }
        }
        throw new IllegalArgumentException("sort must be 'richest' or 'id', not '" + raw + "'");
    }
}
