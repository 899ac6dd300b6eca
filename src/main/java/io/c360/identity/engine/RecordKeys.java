package io.c360.identity.engine;

import java.util.List;
import java.util.function.Function;

import io.c360.identity.IdentifierKey;
import io.c360.identity.IdentifierType;
import io.c360.privacy.Pseudonyms;

/**
 * The key of a source record: {@code SOURCE:recordId} when the source names its record (a CRM contact id, a line
 * of an input file). An event that names none is filed under its strongest identifier, {@code SOURCE:type:value}
 * (e.g. {@code WEB:cookieId:ck-1}): all anonymous events of one cookie are one record, and the event that first
 * carries an e-mail starts a record of its own, which links to the cookie's record through the cookie.
 *
 * <p>How the identifier appears in such a key is up to the caller: the batch {@code resolve} command, which
 * writes a local file, keeps it readable ({@link #CLEAR}); the streaming topology, whose record keys are keys of
 * several changelogs and topics, uses {@link #pseudonymous}: {@code SOURCE:type#HMAC(value)}, so no e-mail or
 * phone is readable in a Kafka key.
 */
public final class RecordKeys {
    /** Identifier types from the most to the least specific to one person. */
    static final List<IdentifierType> STRENGTH_ORDER = List.of(IdentifierType.CRM_ID, IdentifierType.LOYALTY_ID,
        IdentifierType.ECOMMERCE_ID, IdentifierType.POS_CUSTOMER_ID, IdentifierType.EMAIL, IdentifierType.PHONE,
        IdentifierType.SOCIAL_HANDLE, IdentifierType.DEVICE_ID, IdentifierType.COOKIE_ID);

    private RecordKeys() {
    }

    /** The identifier as it is: {@code type:value}. */
    public static final Function<IdentifierKey, String> CLEAR = IdentifierKey::asString;

    /** The identifier's type and the keyed hash (under the master key) of its value: {@code type#hash}. */
    public static Function<IdentifierKey, String> pseudonymous(Pseudonyms pseudonyms) {
        return key -> key.type() + "#" + pseudonyms.of(key.value());
    }

    public static String of(String source, String sourceRecordId) {
        return source + ":" + sourceRecordId.strip();
    }

    /**
     * The key of a record without its own id: the strongest of its identifiers, as {@code naming} writes it; null
     * when it has none.
     */
    public static String byStrongestIdentifier(String source, List<IdentifierKey> identifiers,
                                               Function<IdentifierKey, String> naming) {
        for (IdentifierType type : STRENGTH_ORDER) {
            for (IdentifierKey key : identifiers) {
                if (key.type().equals(type.fieldName())) {
                    return source + ":" + naming.apply(key);
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
