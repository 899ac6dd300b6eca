package io.c360.kafka;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.c360.avro.Channel;
import io.c360.avro.CustomerCommand;
import io.c360.avro.RecordCommand;
import io.c360.avro.Identifiers;
import io.c360.avro.SourceSystem;
import io.c360.avro.TouchpointEvent;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.message.BadHeaderException;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {

    private final SerdeFactory serdes = new SerdeFactory(KnownSchemas.withExtra(List.of()));

    @Test
    void everySerdeRoundTripsThroughKafkaInterfaces() {
        assertRoundTrip(serdes.touchpointEvent(), SampleRecords.orderEvent());
        assertRoundTrip(serdes.customerProfile(), SampleRecords.profile());
        assertRoundTrip(serdes.profileChanged(), SampleRecords.profileChanged());
        assertRoundTrip(serdes.deadLetter(), SampleRecords.deadLetter());
        assertRoundTrip(serdes.customerMerged(), SampleRecords.customerMerged());
        SampleRecords.customerCommands().forEach(command -> assertRoundTrip(serdes.customerCommand(), command));
        SampleRecords.recordCommands().forEach(command -> assertRoundTrip(serdes.avro(RecordCommand.class), command));
    }

    @Test
    void genericFactoryMethodServesAnyGeneratedClass() {
        Identifiers ids = Identifiers.newBuilder().setCookieId("ck-1").build();
        AvroSerde<Identifiers> serde = serdes.avro(Identifiers.class);
        assertEquals(ids, serde.deserialize(serde.serialize(ids)));
    }

    @Test
    void nullIsATombstoneBothWays() {
        assertNull(serdes.customerProfile().serializer().serialize("profiles", null));
        assertNull(serdes.customerProfile().deserializer().deserialize("profiles", null));
    }

    @Test
    void bytesAreStandardSingleObjectEncoding() throws IOException {
        TouchpointEvent event = SampleRecords.orderEvent();
        byte[] ours = serdes.touchpointEvent().serialize(event);
        assertEquals((byte) 0xC3, ours[0]);
        assertEquals(0x01, ours[1]);
        assertEquals(SchemaNormalization.parsingFingerprint64(TouchpointEvent.getClassSchema()),
                ByteBuffer.wrap(ours, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong());
        assertEquals(event, TouchpointEvent.getDecoder().decode(ours));
        assertEquals(event, serdes.touchpointEvent().deserialize(toArray(event.toByteBuffer())));
    }

    @Test
    void decodesAnOlderKnownSchemaIntoTheCurrentClass() {
        byte[] written = OldSchemas.touchpointEventV1Bytes();

        TouchpointEvent event = new SerdeFactory(KnownSchemas.withExtra(List.of(OldSchemas.touchpointEventV1())))
                .touchpointEvent().deserialize(written);

        assertEquals("web-1", event.getEventId());
        assertEquals(SourceSystem.WEB, event.getSource());
        assertNull(event.getSourceRecordId(), "field missing in v1 takes its default");
        assertEquals(Channel.OTHER, event.getChannel(), "field missing in v1 takes its default");
        assertEquals(SampleRecords.T0, event.getEventTime());
        assertInstanceOf(String.class, event.getIdentifiers().getCookieId());
        assertEquals("ck-1", event.getIdentifiers().getCookieId());
    }

    @Test
    void unknownFingerprintIsAMissingSchemaException() {
        byte[] written = OldSchemas.touchpointEventV1Bytes();

        SerializationException e = assertThrows(SerializationException.class,
                () -> serdes.touchpointEvent().deserializer().deserialize("touchpoints", written));

        assertInstanceOf(MissingSchemaException.class, e.getCause());
        assertTrue(e.getMessage().contains("unknown schema fingerprint"), e.getMessage());
        assertTrue(e.getMessage().contains("touchpoints"), e.getMessage());
    }

    @Test
    void bytesWithoutTheHeaderAreABadHeaderException() {
        byte[] json = "{\"eventId\":\"x\"}".getBytes();

        SerializationException e = assertThrows(SerializationException.class,
                () -> serdes.touchpointEvent().deserialize(json));

        assertInstanceOf(BadHeaderException.class, e.getCause());
        assertTrue(e.getMessage().contains("BadHeaderException"), e.getMessage());
        assertThrows(SerializationException.class, () -> serdes.touchpointEvent().deserialize(new byte[0]));
    }

    @Test
    void truncatedOrPaddedDataIsRejected() {
        byte[] full = serdes.customerProfile().serialize(SampleRecords.profile());
        for (int length = 10; length < full.length; length++) {
            byte[] truncated = Arrays.copyOf(full, length);
            assertThrows(SerializationException.class, () -> serdes.customerProfile().deserialize(truncated),
                    "truncated to " + length);
        }
        byte[] padded = Arrays.copyOf(full, full.length + 1);
        assertThrows(SerializationException.class, () -> serdes.customerProfile().deserialize(padded));
    }

    @Test
    void aHugeDeclaredLengthFailsWithoutAllocatingIt() {
        byte[] header = Arrays.copyOf(serdes.touchpointEvent().serialize(SampleRecords.orderEvent()), 10);
        // eventId declared as a 1 GB string: zig-zag varint of 1_000_000_000
        byte[] lie = {(byte) 0x80, (byte) 0xA8, (byte) 0xD6, (byte) 0xB9, 0x07};
        byte[] record = Arrays.copyOf(header, header.length + lie.length);
        System.arraycopy(lie, 0, record, header.length, lie.length);

        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        assertThrows(SerializationException.class, () -> serdes.touchpointEvent().deserialize(record));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < 10_000_000, "allocated " + allocated + " bytes");
    }

    @Test
    void factoriesShareNoState() {
        byte[] written = OldSchemas.touchpointEventV1Bytes();
        SerdeFactory withHistory = new SerdeFactory(KnownSchemas.withExtra(List.of(OldSchemas.touchpointEventV1())));

        withHistory.touchpointEvent().deserialize(written);

        assertThrows(SerializationException.class, () -> serdes.touchpointEvent().deserialize(written));
    }

    @Test
    void encodingAnIncompleteRecordIsASerializationException() {
        CustomerCommand incomplete = new CustomerCommand();
        assertThrows(SerializationException.class, () -> serdes.customerCommand().serialize(incomplete));
    }

    private static <T extends SpecificRecord> void assertRoundTrip(Serde<T> serde, T value) {
        byte[] bytes = serde.serializer().serialize("topic", value);
        T back = serde.deserializer().deserialize("topic", bytes);
        assertEquals(value, back);
        assertArrayEquals(bytes, serde.serializer().serialize("topic", back));
    }

    private static byte[] toArray(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    @Test
    void refusesARecordLargerThanTheLimitBeforeAnyProducerSeesIt() {
        TouchpointEvent event = TouchpointEvent.newBuilder().setEventId("e".repeat(5_000)).setSource(SourceSystem.CRM)
            .setChannel(Channel.WEB).setEventType("customer_updated").setEventTime(java.time.Instant.EPOCH)
            .setIdentifiers(Identifiers.newBuilder().build()).build();
        SerdeFactory limited = serdes.withMaxRecordBytes(4_096);
        SerializationException refused = assertThrows(SerializationException.class,
            () -> limited.touchpointEvent().serializer().serialize("c360.internal.identity-requests", event));
        assertTrue(refused.getMessage().contains("4096-byte limit"), refused.getMessage());
        assertTrue(serdes.touchpointEvent().serialize(event).length > 4_096);
        assertTrue(serdes.withMaxRecordBytes(8_192).touchpointEvent().serialize(event).length <= 8_192);
    }

    @Test
    void aDeadLetterWrittenBeforeItKeptSizesStillDecodes() {
        io.c360.avro.DeadLetter letter = new SerdeFactory().deadLetter().deserialize(OldSchemas.deadLetterV1Bytes());
        assertEquals("INVALID", letter.getErrorType());
        assertEquals(-1, letter.getOriginalValueSize());
        assertNull(letter.getOriginalValueSha256());
    }
}
