package io.c360.identity;

/** A standardized identifier value with its type, e.g. {@code email:jane@example.com}. */
public record IdentifierKey(String type, String value) {
    public IdentifierKey {
        if (type == null || type.isBlank() || value == null || value.isBlank()) {
            throw new IllegalArgumentException("identifier type and value must not be blank");
        }
    }

    /** The store key: type, a colon, the value. Values may contain colons; types never do. */
    public String asString() {
        return type + ":" + value;
    }

    public static IdentifierKey parse(String key) {
        int colon = key.indexOf(':');
        if (colon <= 0 || colon == key.length() - 1) {
            throw new IllegalArgumentException("not an identifier key: '" + key + "'");
        }
        return new IdentifierKey(key.substring(0, colon), key.substring(colon + 1));
    }
}
