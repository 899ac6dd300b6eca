package io.c360.identity.match;

/** E.164 phone numbers: exact; last-digits (the last seven agree: a lost or wrong country or area code); different. */
public final class PhoneComparator implements FieldComparator {
    static final int SUBSCRIBER_DIGITS = 7;

    @Override
    public String compare(String left, String right) {
        if (left.equals(right)) {
            return EXACT;
        }
        if (left.length() >= SUBSCRIBER_DIGITS && right.length() >= SUBSCRIBER_DIGITS
            && left.substring(left.length() - SUBSCRIBER_DIGITS).equals(right.substring(right.length() - SUBSCRIBER_DIGITS))) {
            return "last-digits";
        }
        return DIFFERENT;
    }
}
