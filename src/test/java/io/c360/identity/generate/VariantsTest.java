package io.c360.identity.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import io.c360.standardize.DateStandardizer;
import io.c360.standardize.PhoneStandardizer;
import org.junit.jupiter.api.Test;

/**
 * The format variants are dirt the standardizers must see through: apart from the deliberate errors (a mistyped
 * digit, day and month swapped), every rendering of a phone or a birth date reads back as the same value.
 */
class VariantsTest {
    private static final int SAMPLES = 400;

    @Test
    void phoneVariantsStandardizeToTheNumber() {
        Draw draw = new Draw(new Random(5));
        PhoneVariants phones = new PhoneVariants(draw);
        PhoneStandardizer standardizer = new PhoneStandardizer("US");
        for (String code : List.of("GB", "US", "DE", "FR", "ES", "IT", "NL", "PL", "CN", "JP", "KR", "TH")) {
            Country country = Places.standard().get(code);
            int same = 0;
            for (int i = 0; i < SAMPLES; i++) {
                String national = draw.fill(i % 2 == 0 ? country.mobilePattern() : country.landlinePattern());
                Optional<String> e164 = standardizer.toE164(phones.render(national, country), code);
                same += e164.equals(Optional.of("+" + country.callingCode() + national)) ? 1 : 0;
            }
            assertTrue(same >= SAMPLES * 0.95, code + ": only " + same + " of " + SAMPLES + " read back");
        }
    }

    @Test
    void dateVariantsParseToTheDateButForTheirErrors() {
        Draw draw = new Draw(new Random(6));
        DateVariants dates = new DateVariants(draw);
        for (String country : List.of("GB", "DE", "US")) {
            int same = 0;
            for (int i = 0; i < SAMPLES; i++) {
                LocalDate date = LocalDate.of(1940, 1, 1).plusDays(draw.below(25_000));
                same += DateStandardizer.parse(dates.render(date, country)).equals(Optional.of(date)) ? 1 : 0;
            }
            assertTrue(same >= SAMPLES * 0.88, country + ": only " + same + " of " + SAMPLES + " read back");
        }
    }
}
