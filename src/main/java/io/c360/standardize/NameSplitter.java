package io.c360.standardize;

import io.c360.standardize.NameStandardizer.PersonName;
import java.lang.Character.UnicodeScript;
import java.util.Arrays;
import java.util.Set;

/** Splits a standardized full name into first, middle and last name. */
final class NameSplitter {

    /** Scripts whose names are written family name first. */
    private static final Set<UnicodeScript> FAMILY_NAME_FIRST = Set.of(
            UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA, UnicodeScript.HANGUL);

    private NameSplitter() {
    }

    static PersonName split(String standardizedName) {
        int comma = standardizedName.indexOf(',');
        if (comma >= 0) {
            String last = standardizedName.substring(0, comma).strip();
            String[] given = words(standardizedName.substring(comma + 1).replace(",", " "));
            return new PersonName(part(given, 0, Math.min(1, given.length)), part(given, 1, given.length), part(last));
        }
        String[] words = words(standardizedName);
        if (FAMILY_NAME_FIRST.contains(UnicodeScript.of(standardizedName.codePointAt(0)))) {
            return new PersonName(part(words, 1, words.length), null, words[0]);
        }
        if (words.length == 1) {
            // a lone word is kept as the surname, as CRMs that require a last name (Salesforce) store it
            return new PersonName(null, null, words[0]);
        }
        int surnameStart = surnameStart(words);
        return new PersonName(words[0], part(words, 1, surnameStart), part(words, surnameStart, words.length));
    }

    /** The surname begins at the run of particles before the last word: "Ludwig van Beethoven" → "van Beethoven". */
    private static int surnameStart(String[] words) {
        int start = words.length - 1;
        while (start > 1 && NameStandardizer.isParticle(words[start - 1])) {
            start--;
        }
        return start;
    }

    private static String[] words(String text) {
        return Arrays.stream(text.strip().split(" ")).filter(word -> !word.isEmpty()).toArray(String[]::new);
    }

    private static String part(String[] words, int from, int to) {
        return from < to ? String.join(" ", Arrays.copyOfRange(words, from, to)) : null;
    }

    private static String part(String text) {
        return text.isEmpty() ? null : text;
    }
}
