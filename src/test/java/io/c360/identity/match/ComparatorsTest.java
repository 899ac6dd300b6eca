package io.c360.identity.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The comparison levels docs/identity.md describes, on the cases that motivated them. */
class ComparatorsTest {
    private final FieldComparator givenKeys = NameComparators.givenName(NameGroups.nicknames(), NameGroups.romanisations());
    private final FieldComparator familyKeys = NameComparators.familyName(NameGroups.romanisations());
    private final FieldComparator given = (a, b) -> givenKeys.compare(NameKeys.key(a), NameKeys.key(b));
    private final FieldComparator family = (a, b) -> familyKeys.compare(NameKeys.key(a), NameKeys.key(b));
    private final FieldComparator birthDate = new BirthDateComparator();

    @Test
    void namesInTwoScriptsAgreeThroughTheirTransliterationOrHaveNoLevel() {
        assertEquals(FieldComparator.EXACT, given.compare("涛", "Tao"));
        assertEquals(FieldComparator.EXACT, family.compare("Wang", "王"));
        assertEquals(FieldComparator.EXACT, given.compare("민준", "Minjun"));
        assertEquals("variant", family.compare("Wong", "王"), "Cantonese romanisation of the pinyin transliteration");
        assertNull(family.compare("Smith", "王"), "a transliteration that does not agree is no evidence against");
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
    void romanisationsOfOneNameAreOneName() {
        assertEquals("variant", family.compare("Cheung", "Zhang"));
        assertEquals("variant", family.compare("Rhee", "Lee"));
        assertEquals("nickname", given.compare("Yeong-su", "Youngsoo"));
        assertEquals("nickname", given.compare("Law", "Luo"), "a family name read as a given name when swapped");
        assertEquals(FieldComparator.DIFFERENT, family.compare("Wang", "Huang"), "both Wong in Cantonese, two names");
    }

    @Test
    void aNicknameOfAMistypedNameAndTheInitialOfANicknameAreNotDifferentNames() {
        assertEquals("nickname", given.compare("Raaymond", "Ray"));
        assertEquals("nickname", given.compare("Tom", "Thoyas"));
        assertEquals("initial", given.compare("P", "José"), "Pepe");
        assertEquals(FieldComparator.DIFFERENT, given.compare("Q", "José"));
        assertEquals(FieldComparator.DIFFERENT, given.compare("Rob", "Raaymond"));
    }

    @Test
    void twoLongerNamesWithATypoEachAreNoConflictButShortOrUnlikeOnesAre() {
        assertEquals("two-edits", given.compare("Juliia", "Jmlia"));
        assertEquals("two-edits", given.compare("Dieggo", "Daego"));
        assertEquals(FieldComparator.DIFFERENT, given.compare("Emma", "Ella"), "too short to tell from a sister");
        assertEquals(FieldComparator.DIFFERENT, given.compare("Maria", "Dania"), "another first letter");
    }

    @Test
    void aMistypedPhoneNumberIsOneEditNotDifferent() {
        FieldComparator phone = new PhoneComparator();
        assertEquals(PhoneComparator.ONE_EDIT, phone.compare("+447639999796", "+447639979796"));
        assertEquals(PhoneComparator.ONE_EDIT, phone.compare("+447639999796", "+447639999769"));
        assertEquals(PhoneComparator.LAST_DIGITS, phone.compare("+447639999796", "+17639999796"));
        assertEquals(FieldComparator.DIFFERENT, phone.compare("+447639999796", "+447639988796"));
    }

    @Test
    void birthDatesAYearApartOrTwoDigitsOffAreNotAConflict() {
        assertEquals(BirthDateComparator.NEAR, birthDate.compare("1975-01-14", "1974-12-15"));
        assertEquals(BirthDateComparator.TWO_EDITS, birthDate.compare("1980-07-05", "1990-07-04"));
        assertEquals(BirthDateComparator.TRANSPOSED, birthDate.compare("1980-03-05", "1980-05-03"));
        assertEquals(FieldComparator.DIFFERENT, birthDate.compare("1950-03-05", "1982-11-20"));
    }
}
