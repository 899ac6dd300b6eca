package io.c360.privacy.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import io.c360.config.AppConfig;
import io.c360.config.ConfigLoader;
import io.c360.privacy.DataKeyCipher;
import io.c360.privacy.PrivacyKeys;
import io.c360.privacy.SealException;
import org.junit.jupiter.api.Test;

class RecordInspectorTest {
    private final VerifyFixture fx = new VerifyFixture();
    private final DataKeys keys = new DataKeys(fx.cipher);
    private final RecordInspector inspector = new RecordInspector(fx.person, keys, fx.candidates);

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] sealedForHer(byte[] wrapped, String plaintext) {
        return fx.cipher.seal(fx.cipher.unwrap(wrapped), "customer-keys/" + VerifyFixture.CUSTOMER, bytes(plaintext));
    }

    @Test
    void aSealedValueIsOpenedWhileItsKeyLivesAndShreddedOnceItsKeyIsGone() {
        byte[] wrapped = fx.cipher.newWrappedKey();
        keys.apply("customer-keys", VerifyFixture.CUSTOMER, wrapped);
        byte[] sealed = sealedForHer(wrapped, "{\"email\":\"jane.doe@example.com\"}");

        assertEquals(Optional.of(Exposure.READABLE), inspector.inspect(bytes("k"), sealed).classify(false));
        keys.apply("customer-keys", VerifyFixture.CUSTOMER, null);
        assertEquals(Optional.of(Exposure.SHREDDED), inspector.inspect(bytes(VerifyFixture.CUSTOMER), sealed)
            .classify(false), "keyed by her id, sealed under her destroyed key");
        assertEquals(Optional.of(Exposure.SHREDDED), inspector.inspect(bytes(VerifyFixture.CUSTOMER), sealed)
            .classify(true), "unreadable now, whether or not compaction removed it yet");
        assertEquals(Optional.of(Exposure.READABLE), inspector.inspect(bytes("email:jane.doe@example.com"), sealed)
            .classify(false), "her e-mail in the key stays readable whatever the value");
    }

    @Test
    void aValueSealedUnderAKeyCreatedAfterTheKeysWereReadIsOpenedOnceTheKeyStoresAreReadFurther() {
        byte[] wrapped = fx.cipher.newWrappedKey();
        byte[] sealed = sealedForHer(wrapped, "{\"email\":\"jane.doe@example.com\"}");
        int[] catchUps = {0};
        keys.catchUpWith(() -> {
            catchUps[0]++;
            keys.apply("customer-keys", VerifyFixture.CUSTOMER, wrapped);
        });

        assertEquals(Optional.of(Exposure.READABLE), inspector.inspect(bytes("k"), sealed).classify(false),
            "not taken for shredded because the key was not there when the scan began");
        keys.apply("customer-keys", VerifyFixture.CUSTOMER, null);
        assertEquals(Optional.of(Exposure.SHREDDED), inspector.inspect(bytes(VerifyFixture.CUSTOMER), sealed)
            .classify(false));
        assertEquals(1, catchUps[0], "a subject the key stores have shown is not read for again");
    }

    @Test
    void aRecordWithOnlyHerIdsIsPseudonymousButHerEmailBesideThemIsReadable() {
        String audit = "{\"customerId\":\"" + VerifyFixture.CUSTOMER + "\",\"principal\":\"agent-7\"}";
        assertEquals(Optional.of(Exposure.ID_ONLY), inspector.inspect(bytes(VerifyFixture.CUSTOMER), bytes(audit))
            .classify(false), "an access log entry naming her customer id only");
        String notice = "{\"customerId\":\"" + VerifyFixture.CUSTOMER + "\",\"email\":\"jane.doe@example.com\"}";
        assertEquals(Optional.of(Exposure.READABLE), inspector.inspect(bytes(VerifyFixture.CUSTOMER), bytes(notice))
            .classify(false));
        assertEquals(Optional.of(Exposure.SUPERSEDED), inspector.inspect(bytes(VerifyFixture.CUSTOMER), bytes(notice))
            .classify(true));
    }

    @Test
    void clearBytesThatHappenToStartLikeASealedValueAreReadAsClear() {
        byte[] text = bytes("..{\"email\":\"jane.doe@example.com\"}");
        text[0] = (byte) 0xC5;
        text[1] = 0x01;
        assertEquals(Optional.of(Exposure.READABLE), inspector.inspect(bytes("k"), text).classify(false),
            "the subject length its third and fourth bytes would give does not fit: not sealed");
    }

    @Test
    void someoneElsesShreddedValueIsNotHers() {
        byte[] sealed = fx.cipher.seal(fx.cipher.unwrap(fx.cipher.newWrappedKey()), "customer-keys/c-bob", bytes("x"));
        assertEquals(Optional.empty(), inspector.inspect(bytes("c-bob"), sealed).classify(false));
    }

    @Test
    void aKeyThatDoesNotOpenItsValueMeansTheWrongMasterKey() {
        DataKeyCipher other = new DataKeyCipher(PrivacyKeys.from(new AppConfig(ConfigLoader.defaults()).with(Map.of(
            "application.id", "another-deployment"))));
        byte[] wrapped = fx.cipher.newWrappedKey();
        byte[] sealed = sealedForHer(wrapped, "Jane");
        DataKeys wrong = new DataKeys(other);
        wrong.apply("customer-keys", VerifyFixture.CUSTOMER, wrapped);
        assertThrows(SealException.class, () -> wrong.open(sealed), "her key does not unwrap under another master key");
    }

    @Test
    void aValueSealedUnderAnEarlierKeyOfTheSubjectIsShredded() {
        byte[] sealed = sealedForHer(fx.cipher.newWrappedKey(), "{\"email\":\"jane.doe@example.com\"}");
        // erased, then the subject came back (a later event of the same source record) under a new key
        keys.apply("customer-keys", VerifyFixture.CUSTOMER, fx.cipher.newWrappedKey());
        assertEquals(Optional.empty(), keys.open(sealed));
        assertEquals(Optional.of(Exposure.SHREDDED), inspector.inspect(bytes(VerifyFixture.CUSTOMER), sealed)
            .classify(false));
    }

    @Test
    void clearValuesTombstonesAndSupersededRecordsAreClassified() {
        Observation clear = inspector.inspect(bytes("dl-1"), bytes("{\"raw\":\"Jane van der Berg\"}"));
        assertEquals(Optional.of(Exposure.READABLE), clear.classify(false));
        assertEquals(Optional.of(Exposure.SUPERSEDED), clear.classify(true));
        assertEquals(Optional.of(Exposure.TOMBSTONE), inspector.inspect(bytes(VerifyFixture.CUSTOMER), null)
            .classify(false));
        assertEquals(Optional.empty(), inspector.inspect(bytes("c-bob"), bytes("Roberto Bianchi")).classify(false));
    }
}
