package io.c360.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import io.c360.avro.CustomerProfile;
import io.c360.avro.FieldChange;
import io.c360.json.AvroJson;

/**
 * The fields that differ between two versions of a profile, as dotted paths with old and new values.
 * Golden attributes compare by value (attributes.lastName), identifiers by type (identifiers.email);
 * bookkeeping that changes with every event (lineage, recent ids, view times) is left out.
 */
public final class ProfileDiff {
    private static final Set<String> SKIPPED = Set.of("lineage", "alternates", "count", "recentEventIds",
        "recentViewTimes", "purchaseDays", "history", "recentOrders", "identifiers", "sourceRecords",
        "evaluatedAt", "segments");

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
                    walk(attributeValue(path, e.getValue()), child, out);
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

    /** A golden attribute compares by its value alone. */
    private static JsonNode attributeValue(String parentPath, JsonNode node) {
        return "attributes".equals(parentPath) && node.has("value") ? node.get("value") : node;
    }
}
