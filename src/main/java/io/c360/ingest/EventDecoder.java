package io.c360.ingest;

import io.c360.avro.TouchpointEvent;
import io.c360.ingest.DecodeResult.Decoded;
import io.c360.ingest.DecodeResult.Rejected;
import io.c360.kafka.AvroSerde;
import io.c360.kafka.KnownSchemas;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.apache.avro.message.MissingSchemaException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Turns the bytes of one input record into a valid {@link TouchpointEvent}, or into the reason it
 * belongs on the dead-letter topic. The format is sniffed per record, so one topic can carry both:
 * the single-object header {@code C3 01} means Avro, a first non-whitespace byte '{' means
 * JSON (see {@link JsonToAvro} for the mapping). Never throws: whatever arrives, a stream thread
 * must be able to carry on.
 */
public final class EventDecoder {

    public static final int DEFAULT_MAX_BYTES = 1 << 20;

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final AvroSerde<TouchpointEvent> avro;
    private final JsonToAvro json;
    private final EventValidator validator = new EventValidator();
    private final Clock clock;
    private final int maxBytes;

    /** A decoder with the default 1 MiB limit and the system clock. */
    public EventDecoder(KnownSchemas knownSchemas) {
        this(knownSchemas, DEFAULT_MAX_BYTES);
    }

    /** A decoder whose event-time check uses the system clock. */
    public EventDecoder(KnownSchemas knownSchemas, int maxBytes) {
        this(knownSchemas, maxBytes, Clock.systemUTC());
    }

    /**
     * @param knownSchemas writer schemas Avro records may use
     * @param maxBytes     larger record values are rejected as INVALID without being parsed
     * @param clock        "now" for the event-time plausibility check
     */
    public EventDecoder(KnownSchemas knownSchemas, int maxBytes, Clock clock) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        this.avro = new AvroSerde<>(TouchpointEvent.class, knownSchemas.store());
        this.json = new JsonToAvro(maxBytes);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxBytes = maxBytes;
    }

    public DecodeResult decode(byte[] value) {
        try {
            return decodeOrThrow(value);
        } catch (RuntimeException e) {
            // a bug here must cost one dead letter, not a crashed stream thread
            return new Rejected(DecodeResult.DECODE, "unexpected failure while decoding: " + e);
        }
    }

    private DecodeResult decodeOrThrow(byte[] value) {
        if (value == null || value.length == 0) {
            return new Rejected(DecodeResult.DECODE, "empty record value");
        }
        if (value.length > maxBytes) {
            return new Rejected(DecodeResult.INVALID,
                    "record of " + value.length + " bytes exceeds the " + maxBytes + "-byte limit");
        }
        if (value.length >= 2 && value[0] == (byte) 0xC3 && value[1] == 0x01) {
            return fromAvro(value);
        }
        if (startsLikeJsonObject(value)) {
            return fromJson(value);
        }
        return new Rejected(DecodeResult.DECODE,
                "neither Avro single-object encoding (header C3 01) nor a JSON object");
    }

    private DecodeResult fromAvro(byte[] value) {
        TouchpointEvent event;
        try {
            event = avro.deserialize(value);
        } catch (SerializationException e) {
            boolean unknownSchema = e.getCause() instanceof MissingSchemaException;
            return new Rejected(unknownSchema ? DecodeResult.UNKNOWN_SCHEMA : DecodeResult.DECODE, e.getMessage());
        }
        return validated(event, WireFormat.AVRO);
    }

    private DecodeResult fromJson(byte[] value) {
        TouchpointEvent event;
        try {
            event = json.read(value, TouchpointEvent.class);
        } catch (MalformedJsonException e) {
            return new Rejected(DecodeResult.DECODE, e.getMessage());
        } catch (InvalidEventException e) {
            return new Rejected(DecodeResult.INVALID, e.getMessage());
        }
        return validated(event, WireFormat.JSON);
    }

    private DecodeResult validated(TouchpointEvent event, WireFormat format) {
        List<String> problems = validator.problems(event, clock.instant());
        return problems.isEmpty()
                ? new Decoded(event, format)
                : new Rejected(DecodeResult.INVALID, String.join("; ", problems));
    }

    /** JSON whitespace and a UTF-8 byte-order mark (some Windows tools write one) may precede the brace. */
    private static boolean startsLikeJsonObject(byte[] value) {
        int i = hasBom(value) ? UTF8_BOM.length : 0;
        while (i < value.length && (value[i] == ' ' || value[i] == '\t' || value[i] == '\n' || value[i] == '\r')) {
            i++;
        }
        return i < value.length && value[i] == '{';
    }

    private static boolean hasBom(byte[] value) {
        return value.length >= UTF8_BOM.length
                && value[0] == UTF8_BOM[0] && value[1] == UTF8_BOM[1] && value[2] == UTF8_BOM[2];
    }
}
