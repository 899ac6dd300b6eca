package io.c360.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * Maps plain JSON onto a generated Avro class, so upstream systems (a web tracker, a webhook relay)
 * can publish JSON instead of Avro. Written by hand because Avro's own {@code JsonDecoder} expects
 * Avro's JSON encoding, where every non-null union value is wrapped in its branch name
 * ({@code {"string": "x"}}): no tracker sends that.
 *
 * <h2>The JSON contract</h2>
 * <ul>
 *   <li>The document is one JSON object of at most {@code maxBytes} bytes (default 1 MiB), nested at
 *       most {@value #MAX_DEPTH} levels deep; longer or deeper documents are rejected while parsing,
 *       before any mapping. Duplicate keys and trailing content are malformed JSON.</li>
 *   <li>Field names are exactly those of the Avro schema. Unknown fields are rejected, naming the
 *       path: {@code unknown field 'identifiers.emial'}.</li>
 *   <li>A missing field takes the schema default; a missing field without one is an error:
 *       {@code missing required field 'eventType'}. An explicit {@code null} is accepted only where
 *       the schema allows null.</li>
 *   <li>Nullable unions ({@code ["null", X]}) take the plain value of X, or {@code null}.</li>
 *   <li>A union of several record types (the event {@code payload}) takes an object whose
 *       {@value #TYPE_KEY} key names the branch, case-insensitively ({@code "PageView"},
 *       {@code "pageview"}, {@code "order"}); the other keys are that record's fields:
 *       {@code {"type": "Order", "orderId": "o-1", "total": 12.5}}. Branch records therefore must
 *       not have a field called {@value #TYPE_KEY}.</li>
 *   <li>Enum symbols are case-insensitive ({@code "crm"} is {@code CRM}); an unknown symbol is an
 *       error listing the allowed ones, even when the enum declares a default.</li>
 *   <li>{@code timestamp-millis}: epoch milliseconds (number or numeric string) or an ISO-8601
 *       date-time with offset ({@code 2026-11-25T10:00:00Z}, {@code 2026-11-25T11:00:00+01:00});
 *       sub-millisecond digits are truncated.</li>
 *   <li>int, long: whole JSON numbers in range ({@code 3} or {@code 3.0}), or a numeric string
 *       ({@code "3"}). float, double: finite JSON numbers or numeric strings.</li>
 *   <li>boolean: only {@code true} or {@code false}. string: a JSON string, or a whole number
 *       (numeric ids) taken as its decimal text. bytes: a base64 string.</li>
 *   <li>Arrays are JSON arrays; maps are JSON objects with string keys.</li>
 * </ul>
 * Every error is an {@link InvalidEventException} whose message names the JSON path
 * ({@code 'payload.lines[0].quantity'}); JSON that does not parse at all is its subclass
 * {@link MalformedJsonException}. The result is always an instance of the generated class.
 */
public final class JsonToAvro {

    public static final int DEFAULT_MAX_BYTES = 1 << 20;
    public static final int MAX_DEPTH = 32;
    public static final String TYPE_KEY = "type";

    private static final int MAX_NAME_LENGTH = 1_000;
    private static final int MAX_NUMBER_LENGTH = 100;
    private static final int MAX_MESSAGE = 300;

    private final int maxBytes;
    private final ObjectMapper mapper;

    public JsonToAvro() {
        this(DEFAULT_MAX_BYTES);
    }

    public JsonToAvro(int maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxDocumentLength(maxBytes)
                .maxStringLength(maxBytes)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .build();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(limits)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /** Parses and maps {@code json} in one step. */
    public <T extends SpecificRecord> T read(byte[] json, Class<T> type) {
        return convert(parse(json), type);
    }

    /** Parses {@code json} within the size and depth limits, without mapping it. */
    public JsonNode parse(byte[] json) {
        if (json.length > maxBytes) {
            throw new InvalidEventException("JSON document of " + json.length + " bytes exceeds the "
                    + maxBytes + "-byte limit");
        }
        try {
            return mapper.readTree(json);
        } catch (StreamConstraintsException e) {
            throw new InvalidEventException("JSON exceeds a limit: " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            String problem = JsonScalars.shorten(e.getOriginalMessage(), MAX_MESSAGE);
            throw new MalformedJsonException("malformed JSON: " + problem + at(e.getLocation()), e);
        } catch (IOException e) {
            throw new MalformedJsonException("unreadable JSON: " + e.getMessage(), e);
        }
    }

    /** Maps a parsed document onto {@code type}. */
    public <T extends SpecificRecord> T convert(JsonNode json, Class<T> type) {
        SpecificData model = SpecificData.getForClass(type);
        Object result = new Mapping(model).toRecord(json, model.getSchema(type), "", null);
        if (!type.isInstance(result)) {
            throw new IllegalStateException("mapped JSON to a " + result.getClass().getName() + " instead of "
                    + type.getName() + "; is " + type.getPackageName() + " in org.apache.avro.SERIALIZABLE_PACKAGES?");
        }
        return type.cast(result);
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** One conversion, bound to the model whose classes and conversions the result must use. */
    private record Mapping(SpecificData model) {

        Object value(JsonNode node, Schema schema, String path) {
            requireSupportedLogicalType(schema);
            return switch (schema.getType()) {
                case RECORD -> toRecord(node, schema, path, null);
                case UNION -> union(node, schema, path);
                case ARRAY -> array(node, schema, path);
                case MAP -> map(node, schema, path);
                case ENUM -> enumSymbol(node, schema, path);
                case STRING -> JsonScalars.string(node, path);
                case INT -> JsonScalars.int32(node, path);
                case LONG -> schema.getLogicalType() instanceof LogicalTypes.TimestampMillis
                        ? timestampMillis(node, schema, path) : JsonScalars.int64(node, path);
                case FLOAT -> JsonScalars.float32(node, path);
                case DOUBLE -> JsonScalars.float64(node, path);
                case BOOLEAN -> JsonScalars.bool(node, path);
                case BYTES -> JsonScalars.bytes(node, path);
                case FIXED -> fixed(node, schema, path);
                case NULL -> {
                    JsonScalars.requireNull(node, path);
                    yield null;
                }
            };
        }

        Object toRecord(JsonNode node, Schema schema, String path, String discriminator) {
            if (!node.isObject()) {
                throw JsonScalars.wrongType(node, path, "an object");
            }
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (schema.getField(name) == null && !name.equals(discriminator)) {
                    throw new InvalidEventException("unknown field '" + child(path, JsonScalars.shorten(name))
                            + "' (allowed: " + schema.getFields().stream().map(Schema.Field::name)
                            .collect(Collectors.joining(", ")) + ")");
                }
            }
            Object record = model.newRecord(null, schema);
            for (Schema.Field field : schema.getFields()) {
                JsonNode value = node.get(field.name());
                String fieldPath = child(path, field.name());
                model.setField(record, field.name(), field.pos(),
                        value == null ? defaultValue(field, fieldPath) : value(value, field.schema(), fieldPath));
            }
            return record;
        }

        private Object defaultValue(Schema.Field field, String path) {
            if (!field.hasDefaultValue()) {
                throw new InvalidEventException("missing required field '" + path + "'");
            }
            // the model caches defaults: copy, or every event would share one mutable list or map
            return model.deepCopy(field.schema(), model.getDefaultValue(field));
        }

        private Object union(JsonNode node, Schema union, String path) {
            List<Schema> branches = union.getTypes().stream()
                    .filter(s -> s.getType() != Schema.Type.NULL).toList();
            boolean nullable = branches.size() < union.getTypes().size();
            if (node.isNull() && nullable) {
                return null;
            }
            if (branches.size() == 1) {
                return value(node, branches.get(0), path);
            }
            if (branches.stream().allMatch(s -> s.getType() == Schema.Type.RECORD)) {
                return taggedRecord(node, branches, path);
            }
            throw new IllegalStateException("JSON mapping does not support a union of "
                    + branches.stream().map(Schema::getName).toList() + " (at " + path + ")");
        }

        private Object taggedRecord(JsonNode node, List<Schema> branches, String path) {
            String names = branches.stream().map(Schema::getName).collect(Collectors.joining(", "));
            if (!node.isObject()) {
                throw JsonScalars.wrongType(node, path,
                        "an object with \"" + TYPE_KEY + "\" naming one of " + names);
            }
            JsonNode tag = node.get(TYPE_KEY);
            String tagPath = child(path, TYPE_KEY);
            if (tag == null) {
                throw new InvalidEventException("missing required field '" + tagPath + "' (one of " + names + ")");
            }
            if (!tag.isTextual()) {
                throw JsonScalars.wrongType(tag, tagPath, "one of " + names);
            }
            String wanted = tag.textValue().strip();
            Schema branch = branches.stream().filter(s -> s.getName().equalsIgnoreCase(wanted)).findFirst()
                    .orElseThrow(() -> new InvalidEventException(JsonScalars.where(tagPath) + ": unknown type '"
                            + JsonScalars.shorten(wanted) + "', expected one of " + names));
            return toRecord(node, branch, path, TYPE_KEY);
        }

        private List<Object> array(JsonNode node, Schema schema, String path) {
            if (!node.isArray()) {
                throw JsonScalars.wrongType(node, path, "an array");
            }
            List<Object> items = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                items.add(value(node.get(i), schema.getElementType(), path + "[" + i + "]"));
            }
            return items;
        }

        private Map<String, Object> map(JsonNode node, Schema schema, String path) {
            if (!node.isObject()) {
                throw JsonScalars.wrongType(node, path, "an object");
            }
            Map<String, Object> entries = new LinkedHashMap<>();
            node.properties().forEach(entry -> entries.put(entry.getKey(),
                    value(entry.getValue(), schema.getValueType(), child(path, JsonScalars.shorten(entry.getKey())))));
            return entries;
        }

        private Object enumSymbol(JsonNode node, Schema schema, String path) {
            String symbols = String.join(", ", schema.getEnumSymbols());
            if (!node.isTextual()) {
                throw JsonScalars.wrongType(node, path, "one of " + symbols);
            }
            String wanted = node.textValue().strip();
            return schema.getEnumSymbols().stream().filter(s -> s.equalsIgnoreCase(wanted)).findFirst()
                    .map(symbol -> model.createEnum(symbol, schema))
                    .orElseThrow(() -> new InvalidEventException(JsonScalars.where(path) + ": unknown value '"
                            + JsonScalars.shorten(wanted) + "', expected one of " + symbols));
        }

        private Object fixed(JsonNode node, Schema schema, String path) {
            byte[] bytes = JsonScalars.bytes(node, path).array();
            if (bytes.length != schema.getFixedSize()) {
                throw new InvalidEventException(JsonScalars.where(path) + ": expected " + schema.getFixedSize()
                        + " bytes, got " + bytes.length);
            }
            return model.createFixed(null, bytes, schema);
        }

        private Object timestampMillis(JsonNode node, Schema schema, String path) {
            Instant instant = JsonScalars.timestampMillis(node, path);
            // a model without the Instant conversion expects the raw epoch millis
            return model.getConversionFor(schema.getLogicalType()) == null ? instant.toEpochMilli() : instant;
        }

        /** A logical type with a conversion needs a Java type this mapping would not produce. */
        private void requireSupportedLogicalType(Schema schema) {
            LogicalType logicalType = schema.getLogicalType();
            if (logicalType != null && !(logicalType instanceof LogicalTypes.TimestampMillis)
                    && model.getConversionFor(logicalType) != null) {
                throw new IllegalStateException("JSON mapping does not support the logical type "
                        + logicalType.getName() + " of " + schema);
            }
        }

        private static String child(String path, String name) {
            return path.isEmpty() ? name : path + "." + name;
        }
    }
}
