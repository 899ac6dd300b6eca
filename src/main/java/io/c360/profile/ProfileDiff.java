package io.c360.profile;

import java.util.ArrayList;
import java.util.Collection;
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
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;

/**
 * The fields that differ between two versions of a profile, as dotted paths with old and new values.
 * Golden attributes compare by value (attributes.lastName), identifiers by type (identifiers.email);
 * bookkeeping that changes with every event (lineage, recent ids, view times) is left out.
 */
public final class ProfileDiff {
    private static final String ATTRIBUTES = "attributes";
    private static final Set<String> SKIPPED = Set.of("lineage", "alternates", "count", "recentEventIds",
        "recentViewTimes", "purchaseDays", "history", "recentOrders", "identifiers", "sourceRecords",
        "evaluatedAt", "segments");

    private ProfileDiff() {
    }

    public static List<FieldChange> between(CustomerProfile before, CustomerProfile after) {
        Map<String, String> old = new TreeMap<>();
        Map<String, String> now = new TreeMap<>();
        differing(before, after, new StringBuilder(), old, now);
        addIdentifiers(before, old);
        addIdentifiers(after, now);
        return changes(old, now);
    }

    /** The paths whose texts differ between two flattened versions, in path order. */
    static List<FieldChange> changes(Map<String, String> old, Map<String, String> now) {
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

    /**
     * Flattens only where the two versions differ: records and maps are walked side by side, and a value is
     * rendered as text only when it is not equal in both. An event changes a few fields of a large profile, so
     * the path is one buffer extended and cut back on the way, and becomes a string only where values differ.
     */
    private static void differing(Object a, Object b, StringBuilder path, Map<String, String> old,
                                  Map<String, String> now) {
        if (a == b) {
            return;
        }
        String parent = path.length() == ATTRIBUTES.length() && ATTRIBUTES.contentEquals(path) ? ATTRIBUTES : "";
        if (a instanceof IndexedRecord x && b instanceof IndexedRecord y && x.getSchema() == y.getSchema()) {
            for (Schema.Field field : x.getSchema().getFields()) {
                if (!SKIPPED.contains(field.name())) {
                    differingChild(attributeValue(parent, x.get(field.pos())),
                        attributeValue(parent, y.get(field.pos())), path, field.name(), old, now);
                }
            }
        } else if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            for (Map.Entry<?, ?> entry : x.entrySet()) {
                differingEntry(entry.getKey(), entry.getValue(), y.get(entry.getKey()), parent, path, old, now);
            }
            for (Map.Entry<?, ?> entry : y.entrySet()) {
                if (!x.containsKey(entry.getKey())) {
                    differingEntry(entry.getKey(), null, entry.getValue(), parent, path, old, now);
                }
            }
        } else if (!Objects.equals(a, b)) {
            String at = path.toString();
            walk(a, at, old);
            walk(b, at, now);
        }
    }

    private static void differingEntry(Object key, Object a, Object b, String parent, StringBuilder path,
                                       Map<String, String> old, Map<String, String> now) {
        String name = key.toString();
        if (!SKIPPED.contains(name)) {
            differingChild(attributeValue(parent, a), attributeValue(parent, b), path, name, old, now);
        }
    }

    private static void differingChild(Object a, Object b, StringBuilder path, String name, Map<String, String> old,
                                       Map<String, String> now) {
        boolean container = a instanceof IndexedRecord || a instanceof Map || b instanceof IndexedRecord
            || b instanceof Map;
        if (a == b || (!container && Objects.equals(a, b))) {
            return;
        }
        int length = path.length();
        if (length > 0) {
            path.append('.');
        }
        path.append(name);
        differing(a, b, path, old, now);
        path.setLength(length);
    }

    static Map<String, String> flatten(CustomerProfile p) {
        Map<String, String> f = new TreeMap<>();
        if (p == null) {
            return f;
        }
        walk(p, "", f);
        addIdentifiers(p, f);
        return f;
    }

    private static void addIdentifiers(CustomerProfile p, Map<String, String> f) {
        if (p == null) {
            return;
        }
        Map<String, TreeSet<String>> identifiers = new TreeMap<>();
        p.getIdentifiers().forEach(ref ->
            identifiers.computeIfAbsent(ref.getType(), t -> new TreeSet<>()).add(ref.getValue()));
        identifiers.forEach((type, values) -> f.put("identifiers." + type, String.join(",", values)));
    }

    private static String childPath(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /**
     * Walks the Avro record itself, with the paths and texts its JSON ({@link AvroJson}) would give: converting
     * both profiles to JSON first was the profile stage's largest cost.
     */
    private static void walk(Object value, String path, Map<String, String> out) {
        if (value instanceof IndexedRecord record) {
            for (Schema.Field field : record.getSchema().getFields()) {
                child(path, field.name(), record.get(field.pos()), out);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, v) -> child(path, key.toString(), v, out));
        } else if (value instanceof Collection<?> items) {
            if (!items.isEmpty()) {
                List<String> texts = new ArrayList<>(items.size());
                items.forEach(item -> texts.add(itemText(item)));
                out.put(path, String.join(",", texts));
            }
        } else if (value instanceof CharSequence text) {
            out.put(path, text.toString());
        } else if (value != null) {
            out.put(path, AvroJson.valueOf(value).asText());
        }
    }

    private static void child(String path, String name, Object value, Map<String, String> out) {
        if (!SKIPPED.contains(name)) {
            walk(attributeValue(path, value), childPath(path, name), out);
        }
    }

    /** An array item as JSON shows it: a scalar as its text (null as "null"), anything else as JSON. */
    private static String itemText(Object item) {
        JsonNode node = AvroJson.valueOf(item);
        return node.isValueNode() ? node.asText() : node.toString();
    }

    /** A golden attribute compares by its value alone. */
    private static Object attributeValue(String parentPath, Object value) {
        if ("attributes".equals(parentPath) && value instanceof IndexedRecord record) {
            Schema.Field field = record.getSchema().getField("value");
            return field == null ? value : record.get(field.pos());
        }
        return value;
    }
}
