package io.c360.standardize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryStandardizerTest {

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            DE                          | DE
            ' de '                      | DE
            DEU                         | DE
            deu                         | DE
            Germany                     | DE
            GERMANY                     | DE
            Deutschland                 | DE
            Allemagne                   | DE
            GB                          | GB
            GBR                         | GB
            UK                          | GB
            U.K.                        | GB
            United Kingdom              | GB
            Great Britain               | GB
            England                     | GB
            Scotland                    | GB
            Wales                       | GB
            US                          | US
            USA                         | US
            U.S.A.                      | US
            United States               | US
            United States of America    | US
            america                     | US
            Holland                     | NL
            The Netherlands             | NL
            Netherlands                 | NL
            South Korea                 | KR
            North Korea                 | KP
            Czech Republic              | CZ
            Czechia                     | CZ
            Côte d'Ivoire               | CI
            Cote dIvoire                | CI
            Ivory Coast                 | CI
            Russia                      | RU
            Österreich                  | AT
            Schweiz                     | CH
            Switzerland                 | CH
            Hong Kong                   | HK
            ＪＰ                         | JP
            """)
    void readsCodesNamesAndAliases(String raw, String expected) {
        assertEquals(Optional.of(expected), CountryStandardizer.toIso2(raw));
    }

    @ParameterizedTest(name = "[{0}] is unknown")
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "XX", "XYZ", "Atlantis", "n/a", "123", "Europe"})
    void unknownValuesAreEmpty(String raw) {
        assertEquals(Optional.empty(), CountryStandardizer.toIso2(raw));
    }

    @Test
    void everyIsoCodeMapsToItself() {
        for (String iso2 : Locale.getISOCountries()) {
            assertEquals(Optional.of(iso2), CountryStandardizer.toIso2(iso2), iso2);
            String iso3 = new Locale("", iso2).getISO3Country();
            assertEquals(Optional.of(iso2), CountryStandardizer.toIso2(iso3), iso3);
        }
    }

    @Test
    void everyEnglishDisplayNameMapsToItsCode() {
        for (String iso2 : Locale.getISOCountries()) {
            String name = new Locale("", iso2).getDisplayCountry(Locale.ENGLISH);
            assertEquals(Optional.of(iso2), CountryStandardizer.toIso2(name), name);
        }
    }
}
