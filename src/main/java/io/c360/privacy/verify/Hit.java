package io.c360.privacy.verify;

/**
 * One of her values found in a record, shown by kind and the first characters of its keyed hash, never the value.
 *
 * @param kind customer-id, record-key, an identifier type (email, phone, crmId, ...) or name
 */
public record Hit(String kind, String hashPrefix) {
    static final int PREFIX = 8;
    public static final String CUSTOMER_ID = "customer-id";
    public static final String RECORD_KEY = "record-key";
    public static final String NAME = "name";

    static Hit of(String kind, String hash) {
        return new Hit(kind, hash.substring(0, Math.min(PREFIX, hash.length())));
    }

    /** Ids c360 or a source system gave her: they name a record, but say nothing about her by themselves. */
    public boolean isId() {
        return !kind.equals(NAME) && !kind.equals("email") && !kind.equals("phone") && !kind.equals("socialHandle");
    }

    @Override
    public String toString() {
        return kind + "#" + hashPrefix;
    }
}
