package io.c360.identity.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import io.c360.config.AppConfig;
import io.c360.config.ConfigLoader;
import io.c360.identity.IdentifierKey;
import io.c360.privacy.PrivacyKeys;
import io.c360.privacy.Pseudonyms;
import org.junit.jupiter.api.Test;

/** Record keys of events without a record id: readable for the batch command, pseudonymous for the topology. */
class RecordKeysTest {
    private static final List<IdentifierKey> IDS = List.of(new IdentifierKey("cookieId", "ck-1"),
        new IdentifierKey("email", "jane@example.com"));
    private final Pseudonyms pseudonyms = new Pseudonyms(PrivacyKeys.from(new AppConfig(ConfigLoader.defaults())
        .with(Map.of("application.id", "record-keys-test"))));

    @Test
    void theStrongestIdentifierNamesTheRecordInClearForTheBatchCommand() {
        assertEquals("WEB:email:jane@example.com", RecordKeys.byStrongestIdentifier("WEB", IDS, RecordKeys.CLEAR));
        assertNull(RecordKeys.byStrongestIdentifier("WEB", List.of(), RecordKeys.CLEAR));
    }

    @Test
    void theTopologyKeepsTheTypeAndAKeyedHashOfTheValue() {
        String key = RecordKeys.byStrongestIdentifier("WEB", IDS, RecordKeys.pseudonymous(pseudonyms));
        assertEquals("WEB:email#" + pseudonyms.of("jane@example.com"), key);
        assertFalse(key.contains("jane"), key);
        assertEquals(key, RecordKeys.byStrongestIdentifier("WEB", List.of(IDS.get(1), IDS.get(0)),
            RecordKeys.pseudonymous(pseudonyms)), "the same events always reach the same record");
    }
}
