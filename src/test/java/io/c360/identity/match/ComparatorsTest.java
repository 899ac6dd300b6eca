package io.c360.identity.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The comparison levels docs/identity.md describes, on the cases that motivated them. */
class ComparatorsTest {
    private final FieldComparator givenKeys = NameComparators.givenName(Nicknames.standard());
    private final FieldComparator familyKeys = NameComparators.familyName();
    private final FieldComparator given = (a, b) -> givenKeys.compare(NameKeys.key(a), NameKeys.key(b));
    private final FieldComparator family = (a, b) -> familyKeys.compare(NameKeys.key(a), NameKeys.key(b));
    private final FieldComparator birthDate = new BirthDateComparator();

    @Test
    void namesInTwoScriptsAgreeThroughTheirTransliterationOrHaveNoLevel() {
        assertEquals(FieldComparator.EXACT, given.compare("涛", "Tao"));
        assertEquals(FieldComparator.EXACT, family.compare("Wang", "王"));
        assertEquals(FieldComparator.EXACT, given.compare("민준", "Minjun"));
        assertNull(family.compare("Wong", "王"), "another romanisation is no evidence against");
        assertNull(given.compare("翔太", "Shota"), "kanji read the Chinese way are no evidence against");
        assertEquals(FieldComparator.EXACT, given.compare("涛", "涛"));
    }

    @Test
    void shortFormsAndTyposAreNotDifferentNames() {
        assertEquals("nickname", given.compare("Max", "Maximilian"));
        assertEquals("nickname", given.compare("Gosia", "Małgorzata"));
        assertEquals("jw-mid", given.compare("Lucy", "Lscy"));
        assertEquals(FieldComparator.DIFFERENT, given.compare("Sophie", "Harry"));
    }

    @Test
    void birthDatesAYearApartOrTwoDigitsOffAreNotAConflict() {
        assertEquals(BirthDateComparator.NEAR, birthDate.compare("1975-01-14", "1974-12-15"));
        assertEquals(BirthDateComparator.TWO_EDITS, birthDate.compare("1980-07-05", "1990-07-04"));
        assertEquals(BirthDateComparator.TRANSPOSED, birthDate.compare("1980-03-05", "1980-05-03"));
        assertEquals(FieldComparator.DIFFERENT, birthDate.compare("1950-03-05", "1982-11-20"));
    }
}
