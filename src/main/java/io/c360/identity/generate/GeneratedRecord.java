package io.c360.identity.generate;

import java.util.List;

/**
 * One record as a source holds it, before it gets its record id: the values of {@link #COLUMNS} (null when the
 * source does not know the field), and the person it really is.
 */
public record GeneratedRecord(String entityId, String source, String[] values) {
    /** The canonical input columns of {@code c360 resolve} after record_id and source. */
    public static final List<String> COLUMNS = List.of("first_name", "last_name", "email", "phone", "street", "city",
        "postcode", "country", "birth_date", "loyalty_id");
    static final int FIRST_NAME = 0;
    static final int LAST_NAME = 1;
    static final int EMAIL = 2;
    static final int PHONE = 3;
    static final int STREET = 4;
    static final int CITY = 5;
    static final int POSTCODE = 6;
    static final int COUNTRY = 7;
    static final int BIRTH_DATE = 8;
    static final int LOYALTY_ID = 9;
}
