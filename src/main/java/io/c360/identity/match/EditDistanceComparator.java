package io.c360.identity.match;

import java.util.Locale;

/** Codes where one typo is the common error (postcodes, national ids): exact, one-edit, different. */
public final class EditDistanceComparator implements FieldComparator {
    public static final String ONE_EDIT = "one-edit";

    @Override
    public String compare(String left, String right) {
        String a = compact(left);
        String b = compact(right);
        if (a.equals(b)) {
            return EXACT;
        }
        return Similarity.withinOneEdit(a, b) ? ONE_EDIT : DIFFERENT;
    }

    private static String compact(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
