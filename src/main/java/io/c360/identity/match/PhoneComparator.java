package io.c360.identity.match;

/**
 * E.164 phone numbers: exact; last-digits (the last seven agree: a lost or wrong country or area code); one-edit
 * (one digit keyed wrong or two adjacent digits swapped, in numbers of one length); different.
 */
public final class PhoneComparator implements FieldComparator {
    static final int SUBSCRIBER_DIGITS = 7;
    public static final String LAST_DIGITS = "last-digits";
    public static final String ONE_EDIT = "one-edit";

    @Override
    public String compare(String left, String right) {
        if (left.equals(right)) {
            return EXACT;
        }
        if (left.length() >= SUBSCRIBER_DIGITS && right.length() >= SUBSCRIBER_DIGITS
            && left.substring(left.length() - SUBSCRIBER_DIGITS).equals(right.substring(right.length() - SUBSCRIBER_DIGITS))) {
            return LAST_DIGITS;
        }
        boolean typo = left.length() == right.length() && (Similarity.differingPositions(left, right) == 1
            || Similarity.isAdjacentTransposition(left, right));
        return typo ? ONE_EDIT : DIFFERENT;
    }
}
