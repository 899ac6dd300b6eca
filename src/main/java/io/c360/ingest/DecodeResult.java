package io.c360.ingest;

import io.c360.avro.TouchpointEvent;
import java.util.Objects;

/** The outcome of decoding one input record: an event, or the reason it goes to the dead letters. */
public sealed interface DecodeResult permits DecodeResult.Decoded, DecodeResult.Rejected {

    /** Bytes that are neither Avro single-object encoded nor JSON, or are corrupt or truncated. */
    String DECODE = "DECODE";
    /** Avro whose writer-schema fingerprint is not among the known schemas. */
    String UNKNOWN_SCHEMA = "UNKNOWN_SCHEMA";
    /** Decodable, but too large, not mappable to the contract, or failing validation. */
    String INVALID = "INVALID";

    record Decoded(TouchpointEvent event, WireFormat format) implements DecodeResult {
        public Decoded {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(format, "format");
        }
    }

    /** {@code errorType} is one of {@link #DECODE}, {@link #UNKNOWN_SCHEMA}, {@link #INVALID}. */
    record Rejected(String errorType, String reason) implements DecodeResult {
        public Rejected {
            Objects.requireNonNull(errorType, "errorType");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
