package io.c360.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The scalar half of {@link JsonToAvro}: one JSON value to one Avro primitive, by the rules
 * documented there, with the error messages senders see.
 */
final class JsonScalars {

    /** Longer numeric strings are no plausible number for any field and are not worth parsing. */
    private static final int MAX_NUMERIC_STRING = 100;
    private static final int MAX_PREVIEW = 40;
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final String TIMESTAMP =
            "an epoch-millis number or an ISO-8601 timestamp with offset (e.g. 2026-11-25T10:00:00Z)";

    private JsonScalars() {
    }

    static String string(JsonNode node, String path) {
        if (node.isTextual()) {
            return node.textValue();
        }
        // upstream systems often send numeric ids (crmId: 12345) as numbers
        if (node.isIntegralNumber()) {
            return node.asText();
        }
        throw wrongType(node, path, "a string");
    }

    static boolean bool(JsonNode node, String path) {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        throw wrongType(node, path, "true or false");
    }

    static int int32(JsonNode node, String path) {
        long value = int64(node, path);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new InvalidEventException(where(path) + ": " + value + " is out of range for an int");
        }
        return (int) value;
    }

    static long int64(JsonNode node, String path) {
        if (node.isNumber()) {
            if (!node.canConvertToExactIntegral()) {
                throw wrongType(node, path, "a whole number");
            }
            if (!node.canConvertToLong()) {
                throw new InvalidEventException(where(path) + ": " + preview(node) + " is out of range for a long");
            }
            return node.longValue();
        }
        BigDecimal value = numericString(node, path, "a whole number");
        if (value.precision() - value.scale() > 19) {
            throw new InvalidEventException(where(path) + ": " + preview(node) + " is out of range for a long");
        }
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidEventException(where(path) + ": expected a whole number in range, got "
                    + preview(node) + " (" + e.getMessage() + ")", e);
        }
    }

    static double float64(JsonNode node, String path) {
        double value = node.isNumber() ? node.doubleValue() : numericString(node, path, "a number").doubleValue();
        if (!Double.isFinite(value)) {
            throw new InvalidEventException(where(path) + ": " + preview(node) + " is out of range for a double");
        }
        return value;
    }

    static float float32(JsonNode node, String path) {
        double value = float64(node, path);
        if (Math.abs(value) > Float.MAX_VALUE) {
            throw new InvalidEventException(where(path) + ": " + preview(node) + " is out of range for a float");
        }
        return (float) value;
    }

    static ByteBuffer bytes(JsonNode node, String path) {
        if (!node.isTextual()) {
            throw wrongType(node, path, "a base64 string");
        }
        try {
            return ByteBuffer.wrap(Base64.getDecoder().decode(node.textValue()));
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException(where(path) + ": not valid base64 (" + e.getMessage() + ")", e);
        }
    }

    static Instant timestampMillis(JsonNode node, String path) {
        boolean epochMillis = node.isNumber()
                || (node.isTextual() && INTEGER.matcher(node.textValue().strip()).matches());
        if (epochMillis) {
            return Instant.ofEpochMilli(int64(node, path));
        }
        if (!node.isTextual()) {
            throw wrongType(node, path, TIMESTAMP);
        }
        try {
            Instant instant = DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(node.textValue().strip(), Instant::from);
            instant.toEpochMilli();
            // the wire keeps milliseconds: truncate now so JSON and Avro input give equal events
            return instant.truncatedTo(ChronoUnit.MILLIS);
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new InvalidEventException(where(path) + ": expected " + TIMESTAMP + ", got "
                    + preview(node), e);
        }
    }

    static void requireNull(JsonNode node, String path) {
        if (!node.isNull()) {
            throw wrongType(node, path, "null");
        }
    }

    static InvalidEventException wrongType(JsonNode node, String path, String expected) {
        return new InvalidEventException(where(path) + ": expected " + expected + ", got " + preview(node));
    }

    /** How a message names a place in the document. */
    static String where(String path) {
        return path.isEmpty() ? "document" : "'" + path + "'";
    }

    /** The JSON kind, and for scalars a short excerpt, so long or personal values stay out of logs. */
    static String preview(JsonNode node) {
        String kind = node.getNodeType().name().toLowerCase(Locale.ROOT);
        if (!node.isValueNode() || node.isNull()) {
            return kind;
        }
        return kind + " " + (node.isTextual() ? '"' + shorten(node.textValue()) + '"' : shorten(node.asText()));
    }

    static String shorten(String text) {
        return shorten(text, MAX_PREVIEW);
    }

    static String shorten(String text, int max) {
        return text.length() > max ? text.substring(0, max) + "..." : text;
    }

    private static BigDecimal numericString(JsonNode node, String path, String expected) {
        if (!node.isTextual()) {
            throw wrongType(node, path, expected);
        }
        String text = node.textValue().strip();
        if (text.length() > MAX_NUMERIC_STRING) {
            throw new InvalidEventException(where(path) + ": numeric string longer than "
                    + MAX_NUMERIC_STRING + " characters");
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidEventException(where(path) + ": expected " + expected + ", got " + preview(node), e);
        }
    }
}
