package io.c360.standardize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressStandardizerTest {

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            '  123   MAIN ST  '             | 123 Main Street
            123 main st.                    | 123 Main Street
            123 Main Str                    | 123 Main Street
            10 Downing St                   | 10 Downing Street
            42 ABBEY RD                     | 42 Abbey Road
            5 Fifth Ave                     | 5 Fifth Avenue
            5 Fifth Av.                     | 5 Fifth Avenue
            9 Sunset Blvd                   | 9 Sunset Boulevard
            7 Penny Ln                      | 7 Penny Lane
            1 Mulholland Dr                 | 1 Mulholland Drive
            1 Mulholland Dr.                | 1 Mulholland Drive
            3 Hampton Ct                    | 3 Hampton Court
            8 Grosvenor Pl                  | 8 Grosvenor Place
            '123 Main St., Apt 4'           | '123 Main Street, Apt 4'
            12B BAKER ST                    | 12B Baker Street
            12b Baker Street                | 12B Baker Street
            350 1ST AVE                     | 350 1st Avenue
            12 St John's Road               | 12 St John's Road
            12 ST. JOHN'S WOOD RD           | 12 St. John's Wood Road
            1 O'CONNELL ST                  | 1 O'Connell Street
            1 Dr Martin Luther King Jr Dr   | 1 Dr Martin Luther King Jr Drive
            Hauptstr. 5                     | Hauptstraße 5
            HAUPTSTR 5                      | Hauptstraße 5
            Berliner Str. 12a               | Berliner Straße 12A
            Hauptstraße 5                   | Hauptstraße 5
            Rue de la Paix 3                | Rue de la Paix 3
            １２３ Ｍａｉｎ Ｓｔ              | 123 Main Street
            東京都千代田区千代田1-1          | 東京都千代田区千代田1-1
            """)
    void standardizesStreets(String raw, String expected) {
        assertEquals(Optional.of(expected), AddressStandardizer.street(raw));
        assertEquals(Optional.of(expected), AddressStandardizer.street(expected), "idempotent");
    }

    @ParameterizedTest(name = "[{0}] / {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            sw1a1aa             | GB             | SW1A 1AA
            ' SW1A 1AA '        | GB             | SW1A 1AA
            sw1a-1aa            | gb             | SW1A 1AA
            ec1a1bb             | United Kingdom | EC1A 1BB
            m11ae               | GB             | M1 1AE
            b338th              | GB             | B33 8TH
            1234ab              | NL             | 1234 AB
            1234 ab             | NL             | 1234 AB
            k1a0b1              | CA             | K1A 0B1
            K1A 0B1             | CA             | K1A 0B1
            12345               | US             | 12345
            123456789           | US             | 12345-6789
            12345-6789          | USA            | 12345-6789
            '12345 6789'        | US             | 12345-6789
            10115               | DE             | 10115
            ０１０６７           | DE             | 01067
            75001               | FR             | 75001
            2000                | AU             | 2000
            8001                | CH             | 8001
            11455               | SE             | 114 55
            114 55              | SE             | 114 55
            00950               | PL             | 00-950
            00-950              | PL             | 00-950
            1000001             | PT             | 1000-001
            1000001             | JP             | 100-0001
            01310100            | BR             | 01310-100
            d02x285             | IE             | D02 X285
            ' ab-12 3cd '       | null           | AB-12 3CD
            ab12                | ZZ             | AB12
            sw1a 1aa            | Narnia         | SW1A 1AA
            """)
    void standardizesPostcodesPerCountry(String raw, String country, String expected) {
        assertEquals(Optional.of(expected), AddressStandardizer.postcode(raw, country));
        assertEquals(Optional.of(expected), AddressStandardizer.postcode(expected, country), "idempotent");
    }

    @ParameterizedTest(name = "[{0}] is no postcode of {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            null                | GB
            '   '               | GB
            12345               | GB
            SW1A                | GB
            1234                | DE
            123456              | DE
            ABCDE               | DE
            0123 AB             | NL
            1234 A              | NL
            D1A 0B1             | CA
            K1A0B               | CA
            1234                | US
            12345-678           | US
            123                 | AU
            '#$%'               | null
            '-'                 | ZZ
            """)
    void rejectsImpossiblePostcodes(String raw, String country) {
        assertEquals(Optional.empty(), AddressStandardizer.postcode(raw, country));
    }

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            '  LONDON  '                | London
            new   york                  | New York
            FRANKFURT AM MAIN           | Frankfurt am Main
            BOULOGNE-SUR-MER            | Boulogne-sur-Mer
            rio de janeiro              | Rio de Janeiro
            LOS ANGELES                 | Los Angeles
            le havre                    | Le Havre
            STRATFORD-UPON-AVON         | Stratford-upon-Avon
            SAINT-ÉTIENNE               | Saint-Étienne
            MÜNCHEN                     | München
            DeKalb                      | DeKalb
            東京                         | 東京
            ＯＳＡＫＡ                   | Osaka
            """)
    void standardizesCities(String raw, String expected) {
        assertEquals(Optional.of(expected), AddressStandardizer.city(raw));
        assertEquals(Optional.of(expected), AddressStandardizer.city(expected), "idempotent");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void blankAddressPartsAreEmpty(String raw) {
        assertEquals(Optional.empty(), AddressStandardizer.street(raw));
        assertEquals(Optional.empty(), AddressStandardizer.city(raw));
        assertEquals(Optional.empty(), AddressStandardizer.postcode(raw, "GB"));
    }
}
