package io.c360.identity.match;

/**
 * ISO birth dates (yyyy-mm-dd). Levels: exact; transposed (day and month swapped, the US/EU confusion);
 * one-edit (one typed digit wrong or two adjacent digits swapped); one-part (year, month or day differs, the
 * other two agree); different — two or more parts differ, which merge protection treats as two people.
 */
public final class BirthDateComparator implements FieldComparator {
    public static final String TRANSPOSED = "transposed";
    public static final String ONE_EDIT = "one-edit";
    public static final String ONE_PART = "one-part";

    @Override
    public String compare(String left, String right) {
        if (left.equals(right)) {
            return EXACT;
        }
        if (left.length() != 10 || right.length() != 10) {
            return DIFFERENT;
        }
        String y1 = left.substring(0, 4);
        String m1 = left.substring(5, 7);
        String d1 = left.substring(8, 10);
        String y2 = right.substring(0, 4);
        String m2 = right.substring(5, 7);
        String d2 = right.substring(8, 10);
        if (y1.equals(y2) && m1.equals(d2) && d1.equals(m2)) {
            return TRANSPOSED;
        }
        if (Similarity.withinOneEdit(y1 + m1 + d1, y2 + m2 + d2)) {
            return ONE_EDIT;
        }
        int partsDiffering = (y1.equals(y2) ? 0 : 1) + (m1.equals(m2) ? 0 : 1) + (d1.equals(d2) ? 0 : 1);
        return partsDiffering == 1 ? ONE_PART : DIFFERENT;
    }
}
