package io.c360.ingest;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.c360.avro.TouchpointEvent;
import io.c360.kafka.KnownSchemas;
import io.c360.kafka.SampleRecords;
import io.c360.kafka.SerdeFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever bytes arrive, the decoder answers with a deliberate result and never throws. Inputs come from a
 * seeded generator, so a failure reproduces exactly.
 */
class EventDecoderFuzzTest {

    private static final SerdeFactory SERDES = new SerdeFactory(KnownSchemas.withExtra(List.of()));
    private static final EventDecoder DECODER =
            new EventDecoder(SERDES.knownSchemas(), EventDecoder.DEFAULT_MAX_BYTES, EventDecoderTest.CLOCK);
    private static final byte[] AVRO = SERDES.touchpointEvent().serialize(SampleRecords.orderEvent());
    private static final byte[] JSON = JsonToAvroTest.event(
            "\"payload\": {\"type\": \"Order\", \"orderId\": \"o\", \"total\": 1, "
                    + "\"lines\": [{\"sku\": \"a\", \"unitPrice\": 2}]}")
            .getBytes(StandardCharsets.UTF_8);

    private final Random random = new Random(20261125L);

    @Test
    void randomBytes() {
        for (int i = 0; i < 2000; i++) {
            assertHandled(DECODER.decode(bytes(300)));
        }
    }

    @Test
    void randomDatumBehindAKnownFingerprint() {
        for (int i = 0; i < 2000; i++) {
            assertHandled(DECODER.decode(concat(Arrays.copyOf(AVRO, 10), bytes(300))));
        }
    }

    @Test
    void corruptedAvro() {
        for (int i = 0; i < 2000; i++) {
            byte[] value = Arrays.copyOf(AVRO, 1 + random.nextInt(AVRO.length));
            value[random.nextInt(value.length)] = (byte) random.nextInt(256);
            assertHandled(DECODER.decode(value));
        }
    }

    @Test
    void corruptedJson() {
        for (int i = 0; i < 2000; i++) {
            byte[] value = JSON.clone();
            value[1 + random.nextInt(value.length - 1)] = (byte) random.nextInt(256);
            assertHandled(DECODER.decode(value));
        }
    }

    @Test
    void randomTextAfterABrace() {
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder("{");
            int length = random.nextInt(200);
            for (int c = 0; c < length; c++) {
                text.appendCodePoint(random.nextBoolean() ? 32 + random.nextInt(95) : 1 + random.nextInt(0xD7FF));
            }
            assertHandled(DECODER.decode(text.toString().getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void deepNesting() {
        for (int depth : new int[] {1, 31, 32, 33, 100, 1000, 5000}) {
            for (boolean arrays : new boolean[] {true, false}) {
                String open = arrays ? "{\"a\":[" : "{\"a\":";
                String close = arrays ? "]}" : "}";
                String json = open.repeat(depth) + "1" + close.repeat(depth);
                assertHandled(DECODER.decode(json.getBytes(StandardCharsets.UTF_8)));
            }
        }
    }

    @Test
    void validEventsAlwaysDecode() {
        for (int i = 0; i < 500; i++) {
            String id = "e" + Long.toString(random.nextLong(), 36) + "\u00e9\u4e2d".substring(0, random.nextInt(3));
            TouchpointEvent event = TouchpointEvent.newBuilder(SampleRecords.orderEvent()).setEventId(id).build();
            DecodeResult result = DECODER.decode(SERDES.touchpointEvent().serialize(event));
            if (!(result instanceof DecodeResult.Decoded decoded) || !decoded.event().equals(event)) {
                throw new AssertionError("expected the event back, got " + result);
            }
        }
    }

    private byte[] bytes(int maxLength) {
        byte[] value = new byte[random.nextInt(maxLength + 1)];
        random.nextBytes(value);
        return value;
    }

    /** The catch-all must stay unused: every input is expected to be classified on purpose. */
    static void assertHandled(DecodeResult result) {
        assertNotNull(result);
        if (result instanceof DecodeResult.Rejected rejected && rejected.reason().startsWith("unexpected failure")) {
            throw new AssertionError(rejected.reason());
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
