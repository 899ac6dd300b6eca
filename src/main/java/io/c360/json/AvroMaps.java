package io.c360.json;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Base64;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;

import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;

/**
 * An Avro record seen as the plain maps, lists, strings, numbers and booleans that {@link AvroJson}'s JSON
 * becomes when read into a {@code Map} (timestamps as ISO-8601, enums as names, bytes as base64), but as
 * read-only views converted field by field on access. A segment rule reads a handful of fields; converting
 * the whole profile to JSON and back to maps for it cost more than the rest of the profile stage.
 */
public final class AvroMaps {
    private AvroMaps() {
    }

    public static Map<String, Object> of(IndexedRecord record) {
        return new RecordView(record);
    }

    static Object value(Object v) {
        if (v == null || v instanceof Boolean || v instanceof Number && !(v instanceof java.math.BigDecimal)) {
            return v;
        } else if (v instanceof IndexedRecord r) {
            return new RecordView(r);
        } else if (v instanceof CharSequence || v instanceof Enum<?> || v instanceof Instant) {
            return v.toString();
        } else if (v instanceof ByteBuffer buffer) {
            ByteBuffer copy = buffer.duplicate();
            byte[] bytes = new byte[copy.remaining()];
            copy.get(bytes);
            return Base64.getEncoder().encodeToString(bytes);
        } else if (v instanceof Map<?, ?> map) {
            Map<String, Object> converted = new LinkedHashMap<>();
            map.forEach((k, val) -> converted.put(k.toString(), value(val)));
            return converted;
        } else if (v instanceof List<?> items) {
            return new ListView(items);
        } else if (v instanceof Collection<?> items) {
            return new ListView(List.copyOf(items));
        }
        return v.toString();
    }

    private static final class RecordView extends AbstractMap<String, Object> {
        private final IndexedRecord record;

        RecordView(IndexedRecord record) {
            this.record = record;
        }

        @Override
        public Object get(Object key) {
            Schema.Field field = field(key);
            return field == null ? null : value(record.get(field.pos()));
        }

        @Override
        public boolean containsKey(Object key) {
            return field(key) != null;
        }

        private Schema.Field field(Object key) {
            return key instanceof String name ? record.getSchema().getField(name) : null;
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            List<Schema.Field> fields = record.getSchema().getFields();
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, Object>> iterator() {
                    Iterator<Schema.Field> it = fields.iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return it.hasNext();
                        }

                        @Override
                        public Entry<String, Object> next() {
                            Schema.Field f = it.next();
                            return new SimpleImmutableEntry<>(f.name(), value(record.get(f.pos())));
                        }
                    };
                }

                @Override
                public int size() {
                    return fields.size();
                }
            };
        }
    }

    private static final class ListView extends AbstractList<Object> implements RandomAccess {
        private final List<?> items;

        ListView(List<?> items) {
            this.items = items;
        }

        @Override
        public Object get(int index) {
            return value(items.get(index));
        }

        @Override
        public int size() {
            return items.size();
        }
    }
}
