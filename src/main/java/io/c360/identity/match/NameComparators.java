package io.c360.identity.match;

/**
 * Given and family names, compared as their letter keys ({@link NameKeys#key}: lower case, accents folded; CJK
 * and Thai keep their script), which callers compute once per record.
 * Levels, best first: exact, nickname (given names only: a known short form, or one name the start of the
 * other, Max and Maximilian), jw-high (Jaro-Winkler ≥ 0.94), jw-mid (≥ 0.88, or one typo apart), phonetic
 * (family names: same Double Metaphone code), initial (given names: one is the other's initial), different.
 * Names in two scripts (王 and Wang) are compared through a transliteration ({@link Romanizer}): when it agrees
 * (exact or jw-high) that is the level; otherwise they have no level and count neither for nor against a match,
 * since sources romanise in several ways.
 */
public final class NameComparators {
    static final double JW_HIGH = 0.94;
    static final double JW_MID = 0.88;
    static final int MIN_SHORT_FORM = 3;
    static final int MIN_TYPO_LENGTH = 4;

    private NameComparators() {
    }

    public static FieldComparator givenName(Nicknames nicknames) {
        return (a, b) -> {
            if (a.equals(b)) {
                return FieldComparator.EXACT;
            }
            if (!comparable(a, b)) {
                return acrossScripts(a, b);
            }
            if (nicknames.equivalent(a, b) || isShortForm(a, b)) {
                return "nickname";
            }
            if (a.length() == 1 || b.length() == 1) {
                return a.charAt(0) == b.charAt(0) ? "initial" : FieldComparator.DIFFERENT;
            }
            return bySimilarity(a, b, false);
        };
    }

    public static FieldComparator familyName() {
        return (a, b) -> {
            if (a.equals(b)) {
                return FieldComparator.EXACT;
            }
            return comparable(a, b) ? bySimilarity(a, b, true) : acrossScripts(a, b);
        };
    }

    /** Both non-empty and written in one script. */
    private static boolean comparable(String a, String b) {
        return !a.isEmpty() && !b.isEmpty()
            && Character.UnicodeScript.of(a.codePointAt(0)) == Character.UnicodeScript.of(b.codePointAt(0));
    }

    private static String acrossScripts(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return null;
        }
        String latinA = Romanizer.latinKey(a);
        String latinB = Romanizer.latinKey(b);
        if (latinA.isEmpty() || latinB.isEmpty()) {
            return null;
        }
        if (latinA.equals(latinB)) {
            return FieldComparator.EXACT;
        }
        return Similarity.jaroWinkler(latinA, latinB) >= JW_HIGH ? "jw-high" : null;
    }

    private static boolean isShortForm(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= MIN_SHORT_FORM && longer.startsWith(shorter);
    }

    private static String bySimilarity(String a, String b, boolean phonetic) {
        double jw = Similarity.jaroWinkler(a, b);
        if (jw >= JW_HIGH) {
            return "jw-high";
        }
        if (jw >= JW_MID || (Math.min(a.length(), b.length()) >= MIN_TYPO_LENGTH && Similarity.withinOneEdit(a, b))) {
            return "jw-mid";
        }
        if (phonetic && NameKeys.phonetic(a).equals(NameKeys.phonetic(b))) {
            return "phonetic";
        }
        return FieldComparator.DIFFERENT;
    }
}
