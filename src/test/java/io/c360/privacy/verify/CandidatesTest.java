package io.c360.privacy.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import io.c360.avro.Identifiers;
import io.c360.kafka.SerdeFactory;
import org.junit.jupiter.api.Test;

class CandidatesTest {
    private final Candidates candidates = new Candidates("US");

    private Candidates.Found in(String text) {
        return candidates.in(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void findsValuesInJsonAndInCompositeStoreKeys() {
        Candidates.Found json = in("{\"email\":\" Jane.Doe@Example.COM \",\"phone\":\"(202) 555-0147\"}");
        assertTrue(json.values().contains("jane.doe@example.com"), json.values().toString());
        assertTrue(json.values().contains("+12025550147"), "phones in E.164 as stored");

        Candidates.Found key = in("email:jane.doe@example.com|c0192f3a1b2c4d5e6f7a8");
        assertTrue(key.values().containsAll(Set.of("jane.doe@example.com", "c0192f3a1b2c4d5e6f7a8")));
        Candidates.Found recordKey = in("ECOMMERCE:email:jane.doe@example.com");
        assertTrue(recordKey.values().containsAll(Set.of("ECOMMERCE:email:jane.doe@example.com",
            "jane.doe@example.com", "ECOMMERCE:email")));
    }

    @Test
    void findsAnAvroStringBehindAPrintableLengthByte() {
        // a 40-character string: Avro writes its length 40 as the zig-zag varint 80, the letter P
        String email = "a.rather.long.address.0123@example.com12";
        byte[] avro = new SerdeFactory().avro(Identifiers.class).serialize(Identifiers.newBuilder().setEmail(email)
            .build());
        assertTrue(new String(avro, StandardCharsets.ISO_8859_1).contains("P" + email), "the premise");
        assertTrue(candidates.in(avro).values().contains(email));
    }

    @Test
    void wordsBecomeNameTokensWithoutParticlesOrInitials() {
        Candidates.Found found = in("JEAN-LUC van der Berg, J. Müller");
        assertTrue(found.nameTokens().containsAll(Set.of("jeanluc", "jean", "luc", "berg", "muller")),
            found.nameTokens().toString());
        assertFalse(found.nameTokens().contains("van"));
        assertFalse(found.nameTokens().contains("j"));
    }

    @Test
    void binaryNoiseYieldsNothingLongEnoughToMatter() {
        assertEquals(Set.of(), candidates.in(new byte[] {0, 1, 2, (byte) 0xC5, 1, 0, 7}).values());
    }
}
