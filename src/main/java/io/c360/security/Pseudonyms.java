package io.c360.security;

import java.util.HexFormat;

/**
 * Keyed pseudonyms for customer ids: the same id always gives the same pseudonym (analysts can count and
 * join), but without the key nobody can compute or reverse one.
 */
public final class Pseudonyms {
    static final String PREFIX = "p-";
    private static final int BYTES = 12;

    private final Hmac hmac;

    public Pseudonyms(Hmac hmac) {
        this.hmac = hmac;
    }

    public String of(String id) {
        byte[] mac = hmac.sign("customer-id|" + id);
        return PREFIX + HexFormat.of().formatHex(mac, 0, BYTES);
    }
}
