package io.c360.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;

import io.c360.avro.DeadLetter;
import io.c360.kafka.SerdeFactory;
import org.junit.jupiter.api.Test;

class DeadLettersTest {
    private static final DeadLetters.Origin AT = new DeadLetters.Origin("c360.touchpoints.crm", 3, 42);

    @Test
    void keepsAPrefixOfALargeRecordWithItsSizeAndDigestSoTheLetterFitsWhereTheRecordDidNot() {
        byte[] value = new byte[1_048_376];
        new Random(7).nextBytes(value);
        byte[] key = new byte[300_000];
        DeadLetter letter = new DeadLetters(1_024).letter(AT, key, value, "INVALID", "too large", 0);

        assertEquals(ByteBuffer.wrap(Arrays.copyOf(value, 1_024)), letter.getOriginalValue());
        assertEquals(1_024, letter.getOriginalKey().remaining());
        assertEquals(value.length, letter.getOriginalValueSize());
        assertEquals(key.length, letter.getOriginalKeySize());
        assertEquals(DeadLetters.sha256(value), letter.getOriginalValueSha256());
        assertEquals(64, letter.getOriginalValueSha256().length());
        assertTrue(new SerdeFactory().deadLetter().serialize(letter).length < 4_096);
    }

    @Test
    void keepsASmallRecordWholeAndSaysWhenThereWasNone() {
        byte[] value = "{\"eventId\":\"e\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        DeadLetter whole = new DeadLetters(DeadLetters.DEFAULT_PREFIX_BYTES).letter(AT, null, value, "DECODE", "x", 0);
        assertEquals(ByteBuffer.wrap(value), whole.getOriginalValue());
        assertNull(whole.getOriginalKey());
        assertEquals(-1, whole.getOriginalKeySize());

        DeadLetter empty = new DeadLetters(16).letter(AT, null, null, "DECODE", "empty record value", 0);
        assertNull(empty.getOriginalValue());
        assertNull(empty.getOriginalValueSha256());
        assertEquals(-1, empty.getOriginalValueSize());
        assertEquals("c360.touchpoints.crm/3/42", DeadLetters.key(empty));
    }

    @Test
    void cutsAReasonThatQuotesAWholeValue() {
        String reason = "bad value: " + "x".repeat(500_000);
        DeadLetter letter = new DeadLetters(16).letter(AT, null, new byte[1], "PROCESSING", reason, 0);
        assertTrue(letter.getReason().length() < DeadLetters.MAX_REASON_CHARS + 40, letter.getReason().substring(0, 20));
        assertTrue(letter.getReason().endsWith("(500011 characters)"), letter.getReason().substring(3_990));
    }
}
