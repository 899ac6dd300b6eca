package io.c360.identity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

import org.apache.commons.codec.digest.DigestUtils;

/**
 * Customer ids that sort by creation time: "c", the creating event's time in hex millis, and 8 bytes of a hash
 * of the record that created it (enough to stay unique among millions of records of one millisecond, as in a
 * batch run). When two customers merge, the smaller id — the older customer — survives, so
 * the id people already know is the one that stays.
 */
public final class CustomerIds {
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("c[0-9a-f]{27}");

    private CustomerIds() {
    }

    public static String newId(Instant createdAt, String seed) {
        byte[] hash = DigestUtils.sha256(seed.getBytes(StandardCharsets.UTF_8));
        return "c" + String.format("%011x", Math.max(0L, createdAt.toEpochMilli()))
            + HexFormat.of().formatHex(hash, 0, 8);
    }

    /** Whether the text has the form of a customer id {@link #newId} makes. */
    public static boolean isId(String text) {
        return ID.matcher(text).matches();
    }

    /** The survivor of a merge: the older customer, ties broken by id. */
    public static String survivor(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
