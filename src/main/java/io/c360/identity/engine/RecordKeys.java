package io.c360.identity.engine;

import java.util.List;

import io.c360.identity.IdentifierKey;
import io.c360.identity.IdentifierType;

/**
 * The key of a source record: {@code SOURCE:recordId} when the source names its record (a CRM contact id, a line
 * of an input file). An event that names none is filed under its strongest identifier, {@code SOURCE:type:value}
 * (e.g. {@code WEB:cookieId:ck-1}): all anonymous events of one cookie are one record, and the event that first
 * carries an e-mail starts a record of its own, which links to the cookie's record through the cookie.
 */
public final class RecordKeys {
    /** Identifier types from the most to the least specific to one person. */
    static final List<IdentifierType> STRENGTH_ORDER = List.of(IdentifierType.CRM_ID, IdentifierType.LOYALTY_ID,
        IdentifierType.ECOMMERCE_ID, IdentifierType.POS_CUSTOMER_ID, IdentifierType.EMAIL, IdentifierType.PHONE,
        IdentifierType.SOCIAL_HANDLE, IdentifierType.DEVICE_ID, IdentifierType.COOKIE_ID);

    private RecordKeys() {
    }

    public static String of(String source, String sourceRecordId) {
        return source + ":" + sourceRecordId.strip();
    }

    /** The key of a record without its own id: the strongest of its identifiers; null when it has none. */
    public static String byStrongestIdentifier(String source, List<IdentifierKey> identifiers) {
        for (IdentifierType type : STRENGTH_ORDER) {
            for (IdentifierKey key : identifiers) {
                if (key.type().equals(type.fieldName())) {
                    return source + ":" + key.asString();
                }
            }
        }
        return null;
    }

    /** The two record keys of a pair in a fixed order, for the review queue. */
    public static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }
}
