package io.c360.identity.match;

/**
 * Given and family names, compared as their letter keys ({@link NameKeys#key}: lower case, accents folded; CJK
 * and Thai keep their script), which callers compute once per record.
 * Levels, best first: exact, nickname (given names only: a known short form, also of a name with one typo, one
 * name the start of the other, Max and Maximilian, or two romanisations of one name), jw-high (Jaro-Winkler
 * ≥ 0.94), variant (family names: two romanisations of one name, Zhang and Cheung), jw-mid (≥ 0.88, or one typo
 * apart), phonetic (family names: same Double Metaphone code), initial (given names: the initial of the other
 * name or of one of its forms), different.
 * Names in two scripts (王 and Wang) are compared through a transliteration ({@link Romanizer}): when it agrees
 * (exact, jw-high, or another romanisation of the name) that is the level; otherwise they have no level and count
 * neither for nor against a match, since sources romanise in more ways than a table holds.
 */
public final class NameComparators {
    static final double JW_HIGH = 0.94;
    static final double JW_MID = 0.88;
    static final int MIN_SHORT_FORM = 3;
    static final int MIN_TYPO_LENGTH = 4;
    static final String NICKNAME = "nickname";
    static final String VARIANT = "variant";
    static final String TWO_EDITS = "two-edits";
    static final int MIN_TWO_TYPO_LENGTH = 5;
    private static final String JW_HIGH_LEVEL = "jw-high";

    private NameComparators() {
    }

    public static FieldComparator givenName(NameGroups nicknames, NameGroups romanisations) {
        return (a, b) -> {
            if (a.equals(b)) {
                return FieldComparator.EXACT;
            }
            if (!comparable(a, b)) {
                return acrossScripts(a, b, romanisations, NICKNAME);
            }
            if (a.length() == 1 || b.length() == 1) {
                return initial(a, b, nicknames) ? "initial" : FieldComparator.DIFFERENT;
            }
            if (nicknames.equivalent(a, b) || romanisations.equivalent(a, b) || isShortForm(a, b)) {
                return NICKNAME;
            }
            String level = bySimilarity(a, b, false);
            if (!level.equals(FieldComparator.DIFFERENT)) {
                return level;
            }
            return nicknames.equivalentButForATypo(a, b) ? NICKNAME : twoTypos(a, b) ? TWO_EDITS : level;
        };
    }

    public static FieldComparator familyName(NameGroups romanisations) {
        return (a, b) -> {
            if (a.equals(b)) {
                return FieldComparator.EXACT;
            }
            if (!comparable(a, b)) {
                return acrossScripts(a, b, romanisations, VARIANT);
            }
            String level = bySimilarity(a, b, true);
            return !level.equals(JW_HIGH_LEVEL) && romanisations.equivalent(a, b) ? VARIANT : level;
        };
    }

    /**
     * Two longer names two edits apart with one first letter (Juliia and Jmlia, Dieggo and Daego): each record may
     * carry one typo of the same name, so they are no evidence either way, and no conflict.
     */
    private static boolean twoTypos(String a, String b) {
        return Math.min(a.length(), b.length()) >= MIN_TWO_TYPO_LENGTH && a.charAt(0) == b.charAt(0)
            && Similarity.editsUpToTwo(a, b) == 2;
    }

    /** One name is an initial: of the other, or of one of its forms (P for José, who is also Pepe). */
    private static boolean initial(String a, String b, NameGroups nicknames) {
        String initial = a.length() == 1 ? a : b;
        String name = a.length() == 1 ? b : a;
        return name.charAt(0) == initial.charAt(0) || nicknames.hasFormWithInitial(name, initial.charAt(0));
    }

    /** Both non-empty and written in one script. */
    private static boolean comparable(String a, String b) {
        return !a.isEmpty() && !b.isEmpty()
            && Character.UnicodeScript.of(a.codePointAt(0)) == Character.UnicodeScript.of(b.codePointAt(0));
    }

    private static String acrossScripts(String a, String b, NameGroups romanisations, String variantLevel) {
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
        if (romanisations.equivalent(latinA, latinB)) {
            return variantLevel;
        }
        return Similarity.jaroWinkler(latinA, latinB) >= JW_HIGH ? JW_HIGH_LEVEL : null;
    }

    private static boolean isShortForm(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= MIN_SHORT_FORM && longer.startsWith(shorter);
    }

    private static String bySimilarity(String a, String b, boolean phonetic) {
        double jw = Similarity.jaroWinkler(a, b);
        if (jw >= JW_HIGH) {
            return JW_HIGH_LEVEL;
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
