package io.c360.privacy.verify;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.c360.privacy.NameTokens;
import io.c360.standardize.PhoneStandardizer;

/**
 * The strings in a record's bytes that could be a person's value, in the forms c360 stores them: printable runs
 * (Avro, JSON, store keys alike) split into tokens, each also lower-cased (e-mails, handles), split at the
 * separators of c360's composite keys ({@code |}, {@code :}, {@code /}), phone-like digit runs in E.164, and
 * words as name tokens. Avro writes a string's length just before it, and a length of 24 to 63 is a printable
 * byte, so each token is also tried without its first character.
 */
public final class Candidates {
    /** Values and name tokens found in one byte array. */
    public record Found(Set<String> values, Set<String> nameTokens) {
    }

    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\p{Cs}\\uFFFD]+");
    private static final Pattern DELIMITERS = Pattern.compile("[\\s\\p{Z}\"',;{}\\[\\]()<>=\\\\]+");
    private static final Pattern COMPOSITE_PARTS = Pattern.compile("(?<=[|:/])");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d \\-.()/]{5,}\\d");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’-]+");
    private static final int MAX_PARTS = 8;
    private static final int MIN_VALUE = 3;

    private final PhoneStandardizer phones;

    /** @param phoneRegion region assumed for phone numbers without country code, as the standardizer does */
    public Candidates(String phoneRegion) {
        this.phones = new PhoneStandardizer(phoneRegion);
    }

    public Found in(byte[] bytes) {
        Set<String> values = new HashSet<>();
        Set<String> names = new HashSet<>();
        if (bytes == null) {
            return new Found(values, names);
        }
        for (String run : UNPRINTABLE.split(new String(bytes, StandardCharsets.UTF_8))) {
            if (run.length() < 2) {
                continue;
            }
            for (String token : DELIMITERS.split(run)) {
                addToken(values, token);
                if (token.length() > MIN_VALUE) {
                    addToken(values, token.substring(1));
                }
            }
            addPhones(values, run);
            addNames(names, run);
        }
        return new Found(values, names);
    }

    private static void addToken(Set<String> values, String token) {
        String trimmed = stripTrailingPunctuation(token);
        if (trimmed.length() < MIN_VALUE) {
            return;
        }
        add(values, trimmed);
        // parts keep their separator: "ECOMMERCE:email:jane@x.org|c01" holds a record key, an e-mail and an id
        String[] parts = COMPOSITE_PARTS.split(trimmed);
        int n = Math.min(parts.length, MAX_PARTS);
        for (int from = 0; from < n && parts.length > 1; from++) {
            StringBuilder joined = new StringBuilder();
            for (int to = from; to < n; to++) {
                joined.append(parts[to]);
                add(values, stripTrailingPunctuation(joined.toString()));
            }
        }
    }

    private static void add(Set<String> values, String value) {
        if (value.length() >= MIN_VALUE) {
            values.add(value);
            values.add(value.toLowerCase(Locale.ROOT));
        }
    }

    private void addPhones(Set<String> values, String run) {
        Matcher phone = PHONE.matcher(run);
        while (phone.find()) {
            phones.toE164(phone.group(), null).ifPresent(values::add);
        }
    }

    private static void addNames(Set<String> names, String run) {
        Matcher word = WORD.matcher(run);
        while (word.find()) {
            String text = word.group();
            NameTokens.token(text).ifPresent(names::add);
            if (text.length() > 2 && Character.isUpperCase(text.charAt(1)) && Character.isLowerCase(text.charAt(2))) {
                NameTokens.token(text.substring(1)).ifPresent(names::add);
            }
            for (String part : text.split("-")) {
                NameTokens.token(part).ifPresent(names::add);
            }
        }
    }

    private static String stripTrailingPunctuation(String token) {
        int end = token.length();
        while (end > 0 && ".:!?|/".indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        return token.substring(0, end);
    }
}
