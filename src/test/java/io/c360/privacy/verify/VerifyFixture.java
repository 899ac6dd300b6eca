package io.c360.privacy.verify;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.c360.avro.ErasureReceipt;
import io.c360.config.AppConfig;
import io.c360.config.ConfigLoader;
import io.c360.privacy.DataKeyCipher;
import io.c360.privacy.ErasureReceipts;
import io.c360.privacy.PrivacyKeys;
import io.c360.privacy.Pseudonyms;

/** An erased Jane Doe, her receipt and the hashes, under a test deployment's development key. */
final class VerifyFixture {
    static final String CUSTOMER = "c0192f3a1b2c4d5e6f7a8";
    static final String RECORD = "CRM:CRM-JD";

    final PrivacyKeys keys = PrivacyKeys.from(new AppConfig(ConfigLoader.defaults()).with(Map.of(
        "application.id", "verify-test")));
    final ErasureReceipts hashes = new ErasureReceipts(new Pseudonyms(keys));
    final DataKeyCipher cipher = new DataKeyCipher(keys);
    final ErasureReceipt receipt = hashes.receipt("r-1", Instant.parse("2026-01-01T00:00:00Z"), List.of(CUSTOMER),
        List.of(RECORD, "POS:email:jane.doe@example.com"), List.of("email:jane.doe@example.com",
            "phone:+12025550147", "crmId:CRM-JD"), List.of("Jane"), List.of("van der Berg"));
    final ErasedPerson person = new ErasedPerson(receipt, hashes);
    final Candidates candidates = new Candidates("US");
}
