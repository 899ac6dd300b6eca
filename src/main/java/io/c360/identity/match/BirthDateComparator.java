package io.c360.identity.match;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * ISO birth dates (yyyy-mm-dd). Levels: exact; transposed (day and month swapped, the US/EU confusion);
 * one-edit (one typed digit wrong or two adjacent digits swapped); one-part (year, month or day differs, the
 * other two agree); near (at most a year apart: a date remembered or keyed roughly); two-edits (two digits
 * differ); different — further apart than any of these, which merge protection treats as two people.
 */
public final class BirthDateComparator implements FieldComparator {
    public static final String TRANSPOSED = "transposed";
    public static final String ONE_EDIT = "one-edit";
    public static final String ONE_PART = "one-part";
    public static final String NEAR = "near";
    public static final String TWO_EDITS = "two-edits";
    static final int NEAR_DAYS = 366;

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
        String digits1 = y1 + m1 + d1;
        String digits2 = y2 + m2 + d2;
        if (Similarity.withinOneEdit(digits1, digits2)) {
            return ONE_EDIT;
        }
        int partsDiffering = (y1.equals(y2) ? 0 : 1) + (m1.equals(m2) ? 0 : 1) + (d1.equals(d2) ? 0 : 1);
        if (partsDiffering == 1) {
            return ONE_PART;
        }
        if (daysApart(left, right) <= NEAR_DAYS) {
            return NEAR;
        }
        return Similarity.differingPositions(digits1, digits2) <= 2 ? TWO_EDITS : DIFFERENT;
    }

    private static long daysApart(String left, String right) {
        try {
            return Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(left), LocalDate.parse(right)));
        } catch (DateTimeException notADate) {
            // standardized values are ISO dates; anything else is compared by its digits only
            return Long.MAX_VALUE;
        }
    }
}
