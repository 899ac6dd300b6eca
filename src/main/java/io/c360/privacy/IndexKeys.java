package io.c360.privacy;

/**
 * Index keys without readable personal data: {@code i:email:jane@example.com} is stored as {@code i:email:} and
 * the keyed hash of the value, and so is every blocking key ({@code b:surname-postcode:…}). Lookups hash the same
 * way, so exact matches still work; the store and its changelog hold no e-mail, phone or name.
 */
public final class IndexKeys {
    private final Pseudonyms pseudonyms;

    public IndexKeys(Pseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    public String stored(String indexKey) {
        int kind = indexKey.indexOf(':');
        int value = kind < 0 ? -1 : indexKey.indexOf(':', kind + 1);
        if (value < 0) {
            return pseudonyms.of(indexKey);
        }
        return indexKey.substring(0, value + 1) + pseudonyms.of(indexKey.substring(value + 1));
    }
}
