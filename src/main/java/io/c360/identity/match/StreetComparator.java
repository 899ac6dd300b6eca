package io.c360.identity.match;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Street with house number: the name (letters) and the number (digits) are compared apart, since a source
 * often drops or mistypes one of them. Levels: exact; name-and-number (names alike, numbers equal or one
 * missing); name (names alike, numbers differ: a neighbour or a mover within the street); different.
 */
public final class StreetComparator implements FieldComparator {
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]+");
    private static final Pattern NOT_DIGIT = Pattern.compile("[^\\d]+");
    static final double SIMILAR_NAME = 0.9;

    @Override
    public String compare(String left, String right) {
        String nameA = NOT_LETTER.matcher(left.toLowerCase(Locale.ROOT)).replaceAll("");
        String nameB = NOT_LETTER.matcher(right.toLowerCase(Locale.ROOT)).replaceAll("");
        String numberA = NOT_DIGIT.matcher(left).replaceAll(" ").strip();
        String numberB = NOT_DIGIT.matcher(right).replaceAll(" ").strip();
        boolean sameName = nameA.equals(nameB);
        boolean similarName = sameName
            || (!nameA.isEmpty() && !nameB.isEmpty() && Similarity.jaroWinkler(nameA, nameB) >= SIMILAR_NAME);
        if (!similarName) {
            return DIFFERENT;
        }
        boolean sameNumber = numberA.equals(numberB);
        if (sameName && sameNumber) {
            return EXACT;
        }
        return sameNumber || numberA.isEmpty() || numberB.isEmpty() ? "name-and-number" : "name";
    }
}
