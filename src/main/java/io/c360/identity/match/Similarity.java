package io.c360.identity.match;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** String similarity primitives shared by the comparators (commons-text). */
final class Similarity {
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance UP_TO_TWO = new LevenshteinDistance(2);

    private Similarity() {
    }

    static double jaroWinkler(String a, String b) {
        return JARO_WINKLER.apply(a, b);
    }

    /** Levenshtein distance, or -1 when it exceeds two. */
    static int editsUpToTwo(String a, String b) {
        return UP_TO_TWO.apply(a, b);
    }

    /** One edit or one swap of adjacent characters (the typo a person makes most): 1234 vs 1243. */
    static boolean withinOneEdit(String a, String b) {
        int edits = UP_TO_TWO.apply(a, b);
        return (edits >= 0 && edits <= 1) || isAdjacentTransposition(a, b);
    }

    /** The number of positions at which two strings of one length differ. */
    static int differingPositions(String a, String b) {
        int differing = 0;
        for (int i = 0; i < a.length(); i++) {
            differing += a.charAt(i) == b.charAt(i) ? 0 : 1;
        }
        return differing;
    }

    static boolean isAdjacentTransposition(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (first >= 0) {
                    return i == first + 1 && a.charAt(first) == b.charAt(i) && a.charAt(i) == b.charAt(first)
                        && a.substring(i + 1).equals(b.substring(i + 1));
                }
                first = i;
            }
        }
        return false;
    }
}
