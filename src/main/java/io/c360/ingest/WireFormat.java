package io.c360.ingest;

/** How an accepted event arrived on the input topic. */
public enum WireFormat {
    /** Avro single-object encoding (header C3 01, schema fingerprint, binary datum). */
    AVRO,
    /** A JSON object following the mapping rules of {@link JsonToAvro}. */
    JSON
}
