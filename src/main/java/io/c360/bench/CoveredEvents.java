package io.c360.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import io.c360.avro.ProfileChanged;
import io.c360.kafka.KnownSchemas;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageDecoder;

/**
 * The events a profile-changed record covers: its causeEventIds, or its causeEventId alone in a record from before
 * that field. Decoded through a projection of the two fields, so the bench's consumer, which shares the machine with
 * c360, skips the profile rather than building it.
 */
public final class CoveredEvents {
    private static final Schema PROJECTION = new Schema.Parser().parse("""
        {"type": "record", "name": "ProfileChanged", "namespace": "io.c360.avro", "fields": [
          {"name": "causeEventId", "type": ["null", "string"], "default": null},
          {"name": "causeEventIds", "type": {"type": "array", "items": "string"}, "default": []}]}""");

    private final BinaryMessageDecoder<GenericRecord> decoder = new BinaryMessageDecoder<>(GenericData.get(),
        PROJECTION);

    public CoveredEvents() {
        KnownSchemas.load().schemas().stream()
            .filter(s -> s.getFullName().equals(ProfileChanged.getClassSchema().getFullName()))
            .forEach(decoder::addSchema);
    }

    /** The ids of the events the record covers; empty for a tombstone or a change no event caused. */
    public List<String> of(byte[] value) {
        if (value == null) {
            return List.of();
        }
        GenericRecord record;
        try {
            record = decoder.decode(value);
        } catch (IOException e) {
            throw new UncheckedIOException("not a ProfileChanged record", e);
        }
        List<String> ids = new ArrayList<>();
        for (Object id : (List<?>) record.get("causeEventIds")) {
            ids.add(id.toString());
        }
        Object single = record.get("causeEventId");
        if (ids.isEmpty() && single != null) {
            ids.add(single.toString());
        }
        return ids;
    }
}
