package io.c360.privacy.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ErasedPersonTest {
    private final VerifyFixture fx = new VerifyFixture();

    private List<String> kinds(String text) {
        return fx.person.hits(fx.candidates.in(text.getBytes(StandardCharsets.UTF_8))).stream().map(Hit::kind)
            .toList();
    }

    @Test
    void recognisesHerIdentifiersIdsAndRecordKeysByHashOnly() {
        assertEquals(List.of("email"), kinds("{\"to\":\"JANE.DOE@example.com\"}"));
        assertEquals(List.of("phone"), kinds("call 202.555.0147 now"));
        assertEquals(List.of("crmId", "record-key"), kinds("CRM:CRM-JD"));
        assertEquals(List.of("customer-id"), kinds("c0192f3a1b2c4d5e6f7a8|9223370|evt-1"));
        assertEquals(List.of(), kinds("jane.doe@example.org c0192f3a1b2c4d5e6f7a9 CRM:CRM-JE"));
    }

    @Test
    void aNameCountsOnlyWithBothAGivenAndAFamilyName() {
        assertEquals(List.of(), kinds("Jane Smith"));
        assertEquals(List.of(), kinds("John van der Berg"));
        assertEquals(List.of("name"), kinds("{\"firstName\":\"Jane\",\"lastName\":\"van der Berg\"}"));
    }

    @Test
    void showsAHashPrefixNeverTheValue() {
        Hit hit = fx.person.hits(fx.candidates.in("jane.doe@example.com".getBytes(StandardCharsets.UTF_8)))
            .iterator().next();
        assertEquals(fx.hashes.valueHash("jane.doe@example.com").substring(0, 8), hit.hashPrefix());
        assertFalse(hit.toString().contains("jane"));
    }

    @Test
    void ownsSealedSubjectsOfHerCustomerRecordsAndReviewPairs() {
        assertTrue(fx.person.owns("customer-keys/" + VerifyFixture.CUSTOMER));
        assertTrue(fx.person.owns("identity-keys/CRM:CRM-BOB|" + VerifyFixture.RECORD));
        assertFalse(fx.person.owns("customer-keys/c0000000000000000000000"));
        assertEquals(Set.of(), fx.person.hits(new Candidates.Found(Set.of(), Set.of("jane"))));
    }
}
