package io.c360.json;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;

/**
 * Renders Avro records as the plain JSON people expect: unions as their value (Avro's own JSON encoding
 * wraps them as {"string": ...}), timestamps as ISO-8601, enums as their names, bytes as base64.
 */
public final class AvroJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AvroJson() {
    }

    public static ObjectNode toJson(IndexedRecord record) {
        ObjectNode node = NODES.objectNode();
        for (Schema.Field field : record.getSchema().getFields()) {
            node.set(field.name(), valueOf(record.get(field.pos())));
        }
        return node;
    }

    /** Any value of an Avro record (a record, map, array or scalar) as JSON. */
    public static JsonNode valueOf(Object v) {
        if (v == null) {
            return NODES.nullNode();
        } else if (v instanceof IndexedRecord r) {
            return toJson(r);
        } else if (v instanceof CharSequence || v instanceof Enum<?>) {
            return NODES.textNode(v.toString());
        } else if (v instanceof Instant t) {
            return NODES.textNode(t.toString());
        } else if (v instanceof Integer i) {
            return NODES.numberNode(i);
        } else if (v instanceof Long l) {
            return NODES.numberNode(l);
        } else if (v instanceof Double d) {
            return NODES.numberNode(d);
        } else if (v instanceof Float f) {
            return NODES.numberNode(f);
        } else if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        } else if (v instanceof ByteBuffer buffer) {
            ByteBuffer copy = buffer.duplicate();
            byte[] bytes = new byte[copy.remaining()];
            copy.get(bytes);
            return NODES.textNode(Base64.getEncoder().encodeToString(bytes));
        } else if (v instanceof Map<?, ?> map) {
            ObjectNode node = NODES.objectNode();
            map.forEach((k, val) -> node.set(k.toString(), valueOf(val)));
            return node;
        } else if (v instanceof Collection<?> items) {
            ArrayNode array = NODES.arrayNode();
            items.forEach(item -> array.add(valueOf(item)));
            return array;
        }
        return NODES.textNode(v.toString());
    }
}
