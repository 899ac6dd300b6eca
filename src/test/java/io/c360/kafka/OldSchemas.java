package io.c360.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.c360.avro.TouchpointEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.avro.message.BinaryMessageEncoder;

/** Older versions of the contract, made from the current one, as a schema change would leave them. */
public final class OldSchemas {

    private OldSchemas() {
    }

    /** TouchpointEvent before {@code sourceRecordId} (nullable) and {@code channel} (default OTHER) existed. */
    public static Schema touchpointEventV1() {
        return withoutFields(TouchpointEvent.getClassSchema(), Set.of("sourceRecordId", "channel"));
    }

    /** A web page-view event (cookie ck-1) as a producer still on v1 writes it. */
    public static byte[] touchpointEventV1Bytes() {
        Schema v1 = touchpointEventV1();
        GenericRecord old = new GenericRecordBuilder(v1)
                .set("eventId", "web-1")
                .set("source", new GenericData.EnumSymbol(v1.getField("source").schema(), "WEB"))
                .set("eventType", "page_view")
                .set("eventTime", SampleRecords.T0.toEpochMilli())
                .set("identifiers",
                        new GenericRecordBuilder(v1.getField("identifiers").schema()).set("cookieId", "ck-1").build())
                .build();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new BinaryMessageEncoder<GenericRecord>(GenericData.get(), v1).encode(old, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A dead letter as c360 wrote it before it kept the original's sizes and digest. */
    public static byte[] deadLetterV1Bytes() {
        Schema v1 = withoutFields(io.c360.avro.DeadLetter.getClassSchema(),
            Set.of("originalKeySize", "originalValueSize", "originalValueSha256"));
        GenericRecord old = new GenericRecordBuilder(v1)
                .set("sourceTopic", "c360.touchpoints.crm")
                .set("sourcePartition", 0)
                .set("sourceOffset", 5L)
                .set("errorType", "INVALID")
                .set("reason", "no usable identifier")
                .set("failedAt", SampleRecords.T0.toEpochMilli())
                .build();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new BinaryMessageEncoder<GenericRecord>(GenericData.get(), v1).encode(old, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String touchpointEventV1Json() {
        return touchpointEventV1().toString(true);
    }

    private static Schema withoutFields(Schema current, Set<String> dropped) {
        try {
            ObjectNode json = (ObjectNode) new ObjectMapper().readTree(current.toString());
            ArrayNode fields = (ArrayNode) json.get("fields");
            for (int i = fields.size() - 1; i >= 0; i--) {
                if (dropped.contains(fields.get(i).get("name").asText())) {
                    fields.remove(i);
                }
            }
            // a plain .avsc as a history file would hold it: no Java string hints
            String text = json.toString().replace(",\"avro.java.string\":\"String\"", "");
            return new Schema.Parser().parse(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
