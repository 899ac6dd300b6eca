package io.c360.standardize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneStandardizerTest {

    private final PhoneStandardizer usDefault = new PhoneStandardizer("US");

    @ParameterizedTest(name = "[{0}] hint {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            +44 20 7946 0958             | null | +442079460958
            +44 (0)20 7946 0958          | null | +442079460958
            0044 20 7946 0958            | GB   | +442079460958
            0044 20 7946 0958            | null | +442079460958
            0044-20-7946-0958            | DE   | +442079460958
            (020) 7946-0958              | GB   | +442079460958
            020 7946 0958                | gb   | +442079460958
            ０２０ ７９４６ ０９５８        | GB   | +442079460958
            ＋４４ ２０ ７９４６ ０９５８    | null | +442079460958
            +44 20 7946 0958 ext. 123    | null | +442079460958
            (212) 555-0123 x42           | null | +12125550123
            212.555.0123                 | null | +12125550123
            1-212-555-0123               | null | +12125550123
            030 1234567                  | DE   | +49301234567
            030/123 45 67                | Germany | +49301234567
            +49 (0)30 1234567            | null | +49301234567
            06 12 34 56 78               | FR   | +33612345678
            0011 44 20 7946 0958         | AU   | +442079460958
            """)
    void standardizesToE164(String raw, String regionHint, String expected) {
        assertEquals(Optional.of(expected), usDefault.toE164(raw, regionHint));
    }

    @Test
    void regionHintOverridesTheDefaultRegion() {
        PhoneStandardizer germanDefault = new PhoneStandardizer("DE");
        assertEquals(Optional.of("+49301234567"), germanDefault.toE164("030 1234567", null));
        assertEquals(Optional.of("+442079460958"), germanDefault.toE164("020 7946 0958", "GB"));
    }

    @Test
    void unknownRegionHintFallsBackToTheDefaultRegion() {
        assertEquals(Optional.of("+12125550123"), usDefault.toE164("212 555 0123", "Atlantis"));
    }

    @Test
    void acceptsFictionalNumbersThatArePossibleButNotValid() {
        // area code 555 is unassigned, so libphonenumber calls this invalid; the length fits the NANP
        assertEquals(Optional.of("+15555550123"), usDefault.toE164("+1 555 555-0123", null));
    }

    @Test
    void acceptsTheReservedFictional555Range() {
        assertEquals(Optional.of("+12025550173"), usDefault.toE164("(202) 555-0173", null));
    }

    @Test
    void leavesJunkThatFitsTheNumberingPlanToIdentityResolution() {
        assertEquals(Optional.of("+10000000000"), usDefault.toE164("0000000000", null));
    }

    @ParameterizedTest(name = "[{0}] is rejected")
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "n/a", "unknown", "12", "555-0123", "+44 20 7946 0958 1234 5678"})
    void rejectsUnparseableOrImpossibleNumbers(String raw) {
        assertEquals(Optional.empty(), usDefault.toE164(raw, null));
    }

    @Test
    void normalizesTheDefaultRegion() {
        assertEquals(Optional.of("+442079460958"), new PhoneStandardizer(" gb ").toE164("020 7946 0958", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "XX", "Germany", "DEU"})
    void rejectsAnUnknownDefaultRegion(String region) {
        assertThrows(IllegalArgumentException.class, () -> new PhoneStandardizer(region));
    }

    @Test
    void rejectsANullDefaultRegion() {
        assertThrows(NullPointerException.class, () -> new PhoneStandardizer(null));
    }
}
