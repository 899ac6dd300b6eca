package io.c360.standardize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.c360.standardize.NameStandardizer.PersonName;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NameStandardizerTest {

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            '  john   smith  '          | John Smith
            JOHN SMITH                  | John Smith
            o'brien                     | O'Brien
            MARY O'CONNOR-WHITE         | Mary O'Connor-White
            jean-luc picard             | Jean-Luc Picard
            mcdonald                    | Mcdonald
            van der berg                | van der Berg
            JAN VAN DER BERG            | Jan van der Berg
            ludwig van beethoven        | Ludwig van Beethoven
            VAN MORRISON                | Van Morrison
            MARIA DA SILVA              | Maria da Silva
            ÉLODIE DUBOIS               | Élodie Dubois
            JÜRGEN MÜLLER               | Jürgen Müller
            SMITH, JOHN                 | Smith, John
            McDonald                    | McDonald
            Ronald MacDonald            | Ronald MacDonald
            DiCaprio                    | DiCaprio
            ＪＯＨＮ　ＳＭＩＴＨ          | John Smith
            """)
    void standardizesCaseAndSpacing(String raw, String expected) {
        assertEquals(Optional.of(expected), NameStandardizer.standardize(raw));
        assertEquals(Optional.of(expected), NameStandardizer.standardize(expected), "idempotent");
    }

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Mr John Smith               | John Smith
            MR. JOHN SMITH              | John Smith
            Mrs. Jane Doe               | Jane Doe
            Ms Jane Doe                 | Jane Doe
            Dr. Jane Doe                | Jane Doe
            Prof. Dr. Anna Schmidt      | Anna Schmidt
            Herr Hans Müller            | Hans Müller
            Frau Anna Schmidt           | Anna Schmidt
            Mme Élodie Dubois           | Élodie Dubois
            John Smith Jr               | John Smith
            John Smith Jr.              | John Smith
            John Smith, Jr.             | John Smith
            John Smith Sr.              | John Smith
            Henry Ford III              | Henry Ford
            Anna Schmidt, Ph.D.         | Anna Schmidt
            'SMITH, MR JOHN'            | Smith, John
            'John Smith, Jr., PhD'      | John Smith
            Frau                        | Frau
            Dr                          | Dr
            """)
    void dropsTitlesAndSuffixesAtTheEdges(String raw, String expected) {
        assertEquals(Optional.of(expected), NameStandardizer.standardize(raw));
        assertEquals(Optional.of(expected), NameStandardizer.standardize(expected), "idempotent");
    }

    @ParameterizedTest(name = "[{0}] unchanged")
    @ValueSource(strings = {"山田 太郎", "สมชาย ใจดี", "김민준", "Ἀλέξανδρος"})
    void leavesScriptsWithoutCaseOrMixedCaseUnchanged(String raw) {
        assertEquals(Optional.of(raw), NameStandardizer.standardize(" " + raw + " "));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", " , "})
    void blankNamesAreEmpty(String raw) {
        assertEquals(Optional.empty(), NameStandardizer.standardize(raw));
    }

    @ParameterizedTest(name = "[{0}] → {1} / {2} / {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            John Smith                  | John   | null          | Smith
            John Ronald Reuel Tolkien   | John   | Ronald Reuel  | Tolkien
            'Smith, John'               | John   | null          | Smith
            'SMITH, JOHN PAUL'          | John   | Paul          | Smith
            'van der Berg, Jan'         | Jan    | null          | van der Berg
            Jan van der Berg            | Jan    | null          | van der Berg
            Juan Carlos de la Cruz      | Juan   | Carlos        | de la Cruz
            Van Morrison                | Van    | null          | Morrison
            Mr. John Smith Jr.          | John   | null          | Smith
            Madonna                     | null   | null          | Madonna
            山田 太郎                    | 太郎    | null          | 山田
            สมชาย ใจดี                  | สมชาย  | null          | ใจดี
            """)
    void splitsFullNames(String fullName, String first, String middle, String last) {
        assertEquals(new PersonName(first, middle, last), NameStandardizer.split(fullName));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void splitOfABlankNameIsEmpty(String fullName) {
        PersonName split = NameStandardizer.split(fullName);
        assertEquals(PersonName.EMPTY, split);
        assertEquals(true, split.isEmpty());
    }

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Zoë O'Brien-Núñez           | zoeobriennunez
            ZOE OBRIEN NUNEZ            | zoeobriennunez
            François                    | francois
            Jürgen Weiß                 | jurgenweiss
            Juergen Weiss               | juergenweiss
            ＪＯＨＮ　ＳＭＩＴＨ          | johnsmith
            Γιώργος                     | γιωργος
            山田 太郎                    | 山田太郎
            """)
    void matchKeyKeepsOnlyUnaccentedLowerCaseLetters(String name, String expected) {
        assertEquals(expected, NameStandardizer.matchKey(name));
    }

    @Test
    void matchKeyKeepsMarksThatChangeANonLatinLetter() {
        assertEquals("สมชายใจดี", NameStandardizer.matchKey("สมชาย ใจดี"));
        assertEquals("ガ", NameStandardizer.matchKey("ガ"));
    }

    @Test
    void matchKeyOfNullIsEmpty() {
        assertEquals("", NameStandardizer.matchKey(null));
    }
}
