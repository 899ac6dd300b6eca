package io.c360.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.c360.avro.PageView;
import io.c360.avro.TouchpointEvent;
import io.c360.ingest.DecodeResult.Decoded;
import io.c360.ingest.DecodeResult.Rejected;
import io.c360.kafka.KnownSchemas;
import io.c360.kafka.OldSchemas;
import io.c360.kafka.SampleRecords;
import io.c360.kafka.SerdeFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EventDecoderTest {

    static final Clock CLOCK = Clock.fixed(SampleRecords.T0.plusSeconds(3600), ZoneOffset.UTC);

    private final SerdeFactory serdes = new SerdeFactory(KnownSchemas.withExtra(List.of()));
    private final EventDecoder decoder = new EventDecoder(serdes.knownSchemas(), EventDecoder.DEFAULT_MAX_BYTES, CLOCK);

    @Test
    void decodesAvro() {
        TouchpointEvent event = SampleRecords.orderEvent();

        DecodeResult result = decoder.decode(serdes.touchpointEvent().serialize(event));

        assertEquals(new Decoded(event, WireFormat.AVRO), result);
    }

    @Test
    void decodesJson() throws IOException {
        byte[] json = JsonToAvroTest.resource("web-page-view.json");

        Decoded decoded = assertInstanceOf(Decoded.class, decoder.decode(json));

        assertEquals(WireFormat.JSON, decoded.format());
        assertEquals("web-1", decoded.event().getEventId());
        assertInstanceOf(PageView.class, decoded.event().getPayload());
    }

    @Test
    void jsonMayStartWithWhitespaceOrAByteOrderMark() throws IOException {
        byte[] json = JsonToAvroTest.resource("web-page-view.json");
        assertInstanceOf(Decoded.class, decoder.decode(concat(" \r\n\t".getBytes(StandardCharsets.UTF_8), json)));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertInstanceOf(Decoded.class, decoder.decode(concat(bom, json)));
    }

    @Test
    void decodesAnOlderKnownSchema() {
        EventDecoder withHistory = new EventDecoder(
                KnownSchemas.withExtra(List.of(OldSchemas.touchpointEventV1())), EventDecoder.DEFAULT_MAX_BYTES, CLOCK);

        Decoded decoded = assertInstanceOf(Decoded.class, withHistory.decode(OldSchemas.touchpointEventV1Bytes()));
        assertEquals("ck-1", decoded.event().getIdentifiers().getCookieId());
    }

    @Test
    void emptyValues() {
        assertEquals(new Rejected("DECODE", "empty record value"), decoder.decode(null));
        assertEquals(new Rejected("DECODE", "empty record value"), decoder.decode(new byte[0]));
    }

    @Test
    void neitherAvroNorJson() {
        Rejected expected =
                new Rejected("DECODE", "neither Avro single-object encoding (header C3 01) nor a JSON object");
        assertEquals(expected, decoder.decode("hello".getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, decoder.decode("[{}]".getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, decoder.decode("   ".getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, decoder.decode(new byte[] {(byte) 0xC3}));
    }

    @Test
    void unknownFingerprintIsUnknownSchema() {
        Rejected rejected = assertInstanceOf(Rejected.class, decoder.decode(OldSchemas.touchpointEventV1Bytes()));

        assertEquals("UNKNOWN_SCHEMA", rejected.errorType());
        assertTrue(rejected.reason().contains("unknown schema fingerprint"), rejected.reason());
    }

    @Test
    void validHeaderWithMadeUpFingerprintIsUnknownSchema() {
        byte[] value = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN)
                .put((byte) 0xC3).put((byte) 0x01).putLong(0x0123456789ABCDEFL).put((byte) 2).put((byte) 'x').array();

        Rejected rejected = assertInstanceOf(Rejected.class, decoder.decode(value));

        assertEquals("UNKNOWN_SCHEMA", rejected.errorType());
        assertTrue(rejected.reason().contains("0x0123456789ABCDEF"), rejected.reason());
    }

    @Test
    void truncatedAvroIsADecodeError() {
        byte[] full = serdes.touchpointEvent().serialize(SampleRecords.orderEvent());
        for (int length = 2; length < full.length; length++) {
            Rejected rejected = assertInstanceOf(Rejected.class, decoder.decode(Arrays.copyOf(full, length)));
            assertEquals("DECODE", rejected.errorType(), "truncated to " + length + ": " + rejected.reason());
        }
    }

    @Test
    void badJsonSyntaxIsADecodeError() {
        Rejected rejected = assertInstanceOf(Rejected.class, decoder.decode(bytes("{\"eventId\": \"x\",")));
        assertEquals("DECODE", rejected.errorType());
        assertTrue(rejected.reason().startsWith("malformed JSON"), rejected.reason());
    }

    @Test
    void jsonThatDoesNotMapIsInvalid() {
        Rejected rejected = assertInstanceOf(Rejected.class,
                decoder.decode(bytes(JsonToAvroTest.event("").replace("cookieId", "emial"))));
        assertEquals("INVALID", rejected.errorType());
        assertTrue(rejected.reason().startsWith("unknown field 'identifiers.emial'"), rejected.reason());
    }

    @Test
    void failedValidationListsEveryProblem() {
        String json = JsonToAvroTest.event(
                        "\"payload\": {\"type\": \"ServiceInteraction\", \"ticketId\": \"t\", \"satisfaction\": 9}")
                .replace("\"eventId\": \"web-1\"", "\"eventId\": \" \"");

        assertEquals(new Rejected("INVALID", "eventId is blank; payload.satisfaction must be 1..5, got 9"),
                decoder.decode(bytes(json)));
    }

    @Test
    void validationAppliesToAvroToo() {
        TouchpointEvent event = TouchpointEvent.newBuilder(SampleRecords.orderEvent())
                .setEventTime(CLOCK.instant().plusSeconds(2 * 86_400)).build();

        Rejected rejected = assertInstanceOf(Rejected.class, decoder.decode(serdes.touchpointEvent().serialize(event)));
        assertEquals("INVALID", rejected.errorType());
    }

    @Test
    void recordsOverTheSizeLimitAreInvalid() {
        byte[] big = new byte[1_048_577];
        Arrays.fill(big, (byte) ' ');
        big[0] = '{';
        assertEquals(new Rejected("INVALID", "record of 1048577 bytes exceeds the 1048576-byte limit"),
                decoder.decode(big));

        EventDecoder small = new EventDecoder(serdes.knownSchemas(), 100, CLOCK);
        assertEquals(new Rejected("INVALID", "record of 200 bytes exceeds the 100-byte limit"),
                small.decode(Arrays.copyOf(serdes.touchpointEvent().serialize(SampleRecords.orderEvent()), 200)));
    }

    @Test
    void deeplyNestedJsonIsInvalid() {
        Rejected rejected = assertInstanceOf(Rejected.class,
                decoder.decode(bytes("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000))));
        assertEquals("INVALID", rejected.errorType());
        assertTrue(rejected.reason().contains("nesting depth"), rejected.reason());
    }

    @Test
    void aHugeDeclaredAvroLengthIsADecodeError() {
        byte[] header = Arrays.copyOf(serdes.touchpointEvent().serialize(SampleRecords.orderEvent()), 10);
        byte[] value = concat(header, new byte[] {(byte) 0xFE, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x07});

        assertEquals("DECODE", assertInstanceOf(Rejected.class, decoder.decode(value)).errorType());
    }

    @Test
    void seededRandomInputIsAlwaysClassified() {
        Random random = new Random(42);
        byte[] header = Arrays.copyOf(serdes.touchpointEvent().serialize(SampleRecords.orderEvent()), 10);
        for (int i = 0; i < 20_000; i++) {
            byte[] noise = new byte[random.nextInt(200)];
            random.nextBytes(noise);
            EventDecoderFuzzTest.assertHandled(decoder.decode(noise));
            EventDecoderFuzzTest.assertHandled(decoder.decode(concat(header, noise)));
            EventDecoderFuzzTest.assertHandled(decoder.decode(concat(new byte[] {'{'}, noise)));
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
