package io.c360.standardize;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * E-mail addresses in one comparable form: NFKC, trimmed, lower-case, without {@code mailto:} or angle brackets.
 *
 * <p>The whole address is lower-cased although RFC 5321 lets the local part be case-sensitive: no mainstream
 * provider treats it so, and one person typing {@code John.Doe@} and {@code john.doe@} must match.
 */
public final class EmailStandardizer {

    private static final String MAILTO = "mailto:";
    /**
     * Plausible, not RFC-complete: one @, a non-empty local part without spaces or delimiters, a domain of at
     * least two non-empty labels of letters, digits and hyphens (Unicode letters allowed for IDNs).
     */
    private static final Pattern PLAUSIBLE = Pattern.compile(
            "[^@\\s<>()\\[\\],;:\"]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");

    private EmailStandardizer() {
    }

    /** {@code " <John.Doe@Example.COM> "} → {@code john.doe@example.com}; empty when blank or implausible. */
    public static Optional<String> standardize(String raw) {
        return Text.clean(raw)
                .map(cleaned -> cleaned.toLowerCase(Locale.ROOT))
                .map(EmailStandardizer::unwrap)
                .filter(candidate -> PLAUSIBLE.matcher(candidate).matches());
    }

    /** The part before the @ of a (standardized or raw) address; empty when it is not a plausible address. */
    public static Optional<String> localPart(String standardizedEmail) {
        return standardize(standardizedEmail).map(email -> email.substring(0, email.indexOf('@')));
    }

    /** Strips {@code "Name <addr>"} and {@code <addr>} wrappers, then a {@code mailto:} scheme. */
    private static String unwrap(String lowerCased) {
        String address = lowerCased;
        int open = address.lastIndexOf('<');
        if (open >= 0 && address.endsWith(">")) {
            address = address.substring(open + 1, address.length() - 1).strip();
        }
        if (address.startsWith(MAILTO)) {
            address = address.substring(MAILTO.length()).strip();
        }
        return address;
    }
}
