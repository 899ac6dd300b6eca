package io.c360.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import io.c360.avro.CustomerProfile;
import io.c360.avro.FieldChange;

/** The fields that differ between two versions of a profile, as dotted paths with old and new values. */
public final class ProfileDiff {
    private ProfileDiff() {
    }

    public static List<FieldChange> between(CustomerProfile before, CustomerProfile after) {
        Map<String, String> old = flatten(before);
        Map<String, String> now = flatten(after);
        TreeSet<String> paths = new TreeSet<>(old.keySet());
        paths.addAll(now.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String path : paths) {
            if (!Objects.equals(old.get(path), now.get(path))) {
                changes.add(new FieldChange(path, old.get(path), now.get(path)));
            }
        }
        return changes;
    }

    static Map<String, String> flatten(CustomerProfile p) {
        Map<String, String> f = new TreeMap<>();
        if (p == null) {
            return f;
        }
        put(f, "mergedInto", p.getMergedInto());
        p.getAttributes().forEach((name, golden) -> put(f, "attributes." + name, golden.getValue()));
        Map<String, TreeSet<String>> identifiers = new TreeMap<>();
        p.getIdentifiers().forEach(ref ->
            identifiers.computeIfAbsent(ref.getType(), t -> new TreeSet<>()).add(ref.getValue()));
        identifiers.forEach((type, values) -> put(f, "identifiers." + type, String.join(",", values)));
        p.getEventsBySource().forEach((source, n) -> put(f, "eventsBySource." + source, n));
        put(f, "eventCount", p.getEventCount());
        put(f, "orders.orderCount", p.getOrders().getOrderCount());
        put(f, "orders.returnedCount", p.getOrders().getReturnedCount());
        put(f, "orders.revenue", String.format(java.util.Locale.ROOT, "%.2f", p.getOrders().getRevenue()));
        put(f, "orders.lastOrderAt", p.getOrders().getLastOrderAt());
        var s = p.getInteractions();
        put(f, "interactions.pageViews", s.getPageViews());
        put(f, "interactions.serviceTickets", s.getServiceTickets());
        put(f, "interactions.complaints", s.getComplaints());
        put(f, "interactions.socialInteractions", s.getSocialInteractions());
        put(f, "interactions.campaignEvents", s.getCampaignEvents());
        put(f, "interactions.loyaltyPoints", s.getLoyaltyPoints());
        put(f, "interactions.lastContactAt", s.getLastContactAt());
        p.getConsents().forEach((key, state) -> put(f, "consents." + key, state.getGranted()));
        put(f, "mergedFrom", p.getMergedFrom().isEmpty() ? null : String.join(",", new TreeSet<>(p.getMergedFrom())));
        return f;
    }

    private static void put(Map<String, String> f, String path, Object value) {
        if (value != null) {
            f.put(path, value.toString());
        }
    }
}
