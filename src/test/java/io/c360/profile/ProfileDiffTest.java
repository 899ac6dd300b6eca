package io.c360.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import io.c360.avro.CustomerProfile;
import io.c360.avro.FieldChange;
import io.c360.json.AvroJson;
import org.junit.jupiter.api.Test;

class ProfileDiffTest {
    @Test
    void flatteningTheRecordGivesWhatFlatteningItsJsonGave() {
        List<CustomerProfile> profiles = GeneratedProfiles.of(5, 25);
        assertTrue(profiles.size() > 500, "a varied sample");
        for (CustomerProfile p : profiles) {
            assertEquals(viaJson(p), ProfileDiff.flatten(p), p.getCustomerId());
        }
    }

    @Test
    void theDiffIsWhatComparingTheFlattenedJsonOfBothGave() {
        List<CustomerProfile> profiles = GeneratedProfiles.of(9, 8);
        CustomerProfile previous = null;
        for (CustomerProfile p : profiles) {
            // consecutive profiles mostly belong to different people; the same person's follow within a few
            for (CustomerProfile before : new CustomerProfile[] {previous, null}) {
                assertEquals(viaJson(before, p), ProfileDiff.between(before, p));
                assertEquals(viaJson(p, before), ProfileDiff.between(p, before));
            }
            previous = p;
        }
        Map<String, CustomerProfile> lastByCustomer = new TreeMap<>();
        for (CustomerProfile p : profiles) {
            CustomerProfile before = lastByCustomer.put(p.getCustomerId(), p);
            assertEquals(viaJson(before, p), ProfileDiff.between(before, p), p.getCustomerId());
        }
    }

    @Test
    void theDiffNamesChangedGoldenValuesAndIdentifiers() {
        List<CustomerProfile> profiles = GeneratedProfiles.of(3, 1);
        CustomerProfile first = profiles.get(0);
        CustomerProfile last = profiles.get(profiles.size() - 1);
        List<String> paths = ProfileDiff.between(first, last).stream().map(c -> c.getField()).toList();
        assertTrue(paths.contains("eventCount"), paths.toString());
        assertTrue(ProfileDiff.between(last, last).isEmpty());
        assertEquals(ProfileDiff.flatten(last).size(), ProfileDiff.between(null, last).size());
    }

    /** The former implementation: the profile as JSON, walked. */
    private static final Set<String> SKIPPED = Set.of("lineage", "alternates", "count", "recentEventIds",
        "recentViewTimes", "purchaseDays", "history", "recentOrders", "identifiers", "sourceRecords",
        "evaluatedAt", "segments");

    private static List<FieldChange> viaJson(CustomerProfile before, CustomerProfile after) {
        return ProfileDiff.changes(viaJson(before), viaJson(after));
    }

    private static Map<String, String> viaJson(CustomerProfile p) {
        Map<String, String> f = new TreeMap<>();
        if (p == null) {
            return f;
        }
        walk(AvroJson.toJson(p), "", f);
        Map<String, TreeSet<String>> identifiers = new TreeMap<>();
        p.getIdentifiers().forEach(ref ->
            identifiers.computeIfAbsent(ref.getType(), t -> new TreeSet<>()).add(ref.getValue()));
        identifiers.forEach((type, values) -> f.put("identifiers." + type, String.join(",", values)));
        return f;
    }

    private static void walk(JsonNode node, String path, Map<String, String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (!SKIPPED.contains(e.getKey())) {
                    String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                    JsonNode value = "attributes".equals(path) && e.getValue().has("value")
                        ? e.getValue().get("value") : e.getValue();
                    walk(value, child, out);
                }
            });
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item.isValueNode() ? item.asText() : item.toString()));
            if (!items.isEmpty()) {
                out.put(path, String.join(",", items));
            }
        } else if (!node.isNull()) {
            out.put(path, node.asText());
        }
    }
}
