package io.c360.it;

import java.util.List;
import java.util.Random;

/** Broken JSON touchpoints for {@link FuzzIT}: each must be rejected with a reason, none may crash c360. */
final class FuzzJson {
    private static final String VALID_HEAD = "\"eventId\":\"fz-1\",\"source\":\"crm\",\"channel\":\"web\","
        + "\"eventType\":\"login\",\"eventTime\":\"2026-11-01T10:00:00Z\"";

    private FuzzJson() {
    }

    /** Well-formed JSON whose values have the wrong type, or that is no object at all. */
    static List<String> wrongTypes() {
        return List.of(
            "{\"eventId\":123,\"source\":\"crm\",\"eventType\":\"x\",\"eventTime\":1,\"identifiers\":{}}",
            "{" + VALID_HEAD.replace("\"2026-11-01T10:00:00Z\"", "\"yesterday\"")
                + ",\"identifiers\":{\"email\":\"a@b.example.com\"}}",
            "{" + VALID_HEAD + ",\"identifiers\":[\"a@b.example.com\"]}",
            "{" + VALID_HEAD.replace("\"crm\"", "\"mars\"") + ",\"identifiers\":{\"email\":\"a@b.example.com\"}}",
            "{" + VALID_HEAD + ",\"identifiers\":{\"email\":\"a@b.example.com\"},"
                + "\"payload\":{\"type\":\"Order\",\"orderId\":\"o\",\"total\":\"lots\"}}",
            "{" + VALID_HEAD + ",\"identifiers\":{\"email\":\"a@b.example.com\"},\"shoeSize\":42}",
            "{" + VALID_HEAD + ",\"identifiers\":{\"email\":true}}",
            "{" + VALID_HEAD + ",\"identifiers\":{}}",
            "{" + VALID_HEAD + ",\"identifiers\":{\"email\":\"a@b.example.com\"}",
            "{}",
            "{\"eventId\":null}",
            "[1,2,3]",
            "42",
            "null");
    }

    /** A string field far beyond the validator's limits, and a record beyond the ingest size limit. */
    static List<String> huge(Random random, int maxBytes) {
        String name = randomLetters(random, 100_000);
        return List.of(
            "{" + VALID_HEAD + ",\"identifiers\":{\"email\":\"a@b.example.com\"},"
                + "\"person\":{\"firstName\":\"" + name + "\"}}",
            "{" + VALID_HEAD + ",\"identifiers\":{\"email\":\"" + name + "@b.example.com\"}}",
            "{" + VALID_HEAD + ",\"identifiers\":{\"email\":\"a@b.example.com\"},\"person\":{\"lastName\":\""
                + randomLetters(random, maxBytes + 1_000) + "\"}}");
    }

    /** Nesting far deeper than any event: a parser without a depth limit would overflow its stack. */
    static List<String> deep() {
        int depth = 100_000;
        return List.of(
            "{\"a\":".repeat(depth) + "1" + "}".repeat(depth),
            "{" + VALID_HEAD + ",\"identifiers\":{\"email\":\"a@b.example.com\"},\"payload\":"
                + "[".repeat(depth) + "]".repeat(depth) + "}",
            "{" + VALID_HEAD + ",\"identifiers\":" + "{\"x\":".repeat(depth) + "0" + "}".repeat(depth) + "}");
    }

    private static String randomLetters(Random random, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append((char) ('a' + random.nextInt(26)));
        }
        return out.toString();
    }
}
