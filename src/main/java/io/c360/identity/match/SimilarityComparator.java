package io.c360.identity.match;

import io.c360.standardize.NameStandardizer;

/** Free-text places (city, suburb) as letter keys: exact, similar (Jaro-Winkler ≥ 0.9), different. */
public final class SimilarityComparator implements FieldComparator {
    static final double SIMILAR = 0.9;

    @Override
    public String compare(String left, String right) {
        String a = NameStandardizer.matchKey(left);
        String b = NameStandardizer.matchKey(right);
        if (a.equals(b)) {
            return EXACT;
        }
        return !a.isEmpty() && !b.isEmpty() && Similarity.jaroWinkler(a, b) >= SIMILAR ? "similar" : DIFFERENT;
    }
}
