package io.c360.identity.match;

/**
 * Standardized e-mail addresses: exact; local-part (same mailbox name, other provider, dots and +tags
 * ignored); one-edit (a typo anywhere); different.
 */
public final class EmailComparator implements FieldComparator {
    @Override
    public String compare(String left, String right) {
        if (left.equals(right)) {
            return EXACT;
        }
        String localA = localPart(left);
        if (localA.length() >= 4 && localA.equals(localPart(right))) {
            return "local-part";
        }
        return Similarity.withinOneEdit(left, right) ? "one-edit" : DIFFERENT;
    }

    /** "jane.doe+shop@example.com" → "janedoe": the mailbox name as the person types it. */
    public static String localPart(String email) {
        int at = email.indexOf('@');
        String local = at < 0 ? email : email.substring(0, at);
        int plus = local.indexOf('+');
        return (plus < 0 ? local : local.substring(0, plus)).replace(".", "");
    }
}
