package io.c360.identity.match;

/**
 * Given and family names, compared as letter keys (lower case, accents folded; CJK and Thai keep their script).
 * Levels, best first: exact, nickname (given names only), jw-high (Jaro-Winkler ≥ 0.94), jw-mid (≥ 0.88),
 * phonetic (family names: same Double Metaphone code), initial (given names: one is the other's initial),
 * different.
 */
public final class NameComparators {
    static final double JW_HIGH = 0.94;
    static final double JW_MID = 0.88;

    private NameComparators() {
    }

    public static FieldComparator givenName(Nicknames nicknames) {
        return (left, right) -> {
            String a = NameKeys.key(left);
            String b = NameKeys.key(right);
            if (a.equals(b)) {
                return FieldComparator.EXACT;
            }
            if (nicknames.equivalent(a, b)) {
                return "nickname";
            }
            if (a.length() == 1 || b.length() == 1) {
                return a.charAt(0) == b.charAt(0) ? "initial" : FieldComparator.DIFFERENT;
            }
            return bySimilarity(a, b, false);
        };
    }

    public static FieldComparator familyName() {
        return (left, right) -> {
            String a = NameKeys.key(left);
            String b = NameKeys.key(right);
            if (a.equals(b)) {
                return FieldComparator.EXACT;
            }
            return bySimilarity(a, b, true);
        };
    }

    private static String bySimilarity(String a, String b, boolean phonetic) {
        if (a.isEmpty() || b.isEmpty()) {
            return FieldComparator.DIFFERENT;
        }
        double jw = Similarity.jaroWinkler(a, b);
        if (jw >= JW_HIGH) {
            return "jw-high";
        }
        if (jw >= JW_MID) {
            return "jw-mid";
        }
        if (phonetic && NameKeys.phonetic(a).equals(NameKeys.phonetic(b))) {
            return "phonetic";
        }
        return FieldComparator.DIFFERENT;
    }
}
