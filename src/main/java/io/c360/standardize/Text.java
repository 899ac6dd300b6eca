package io.c360.standardize;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.text.WordUtils;

/** Text primitives shared by the standardizers: Unicode clean-up, case detection, title case, comparison keys. */
final class Text {

    private static final Pattern WHITESPACE_RUN = Pattern.compile("[\\s\\p{Z}]+");
    /** A one-letter elided prefix such as O' or D', whose next letter is capitalized; "John's" stays. */
    private static final Pattern ELIDED_PREFIX = Pattern.compile("(?<!\\p{L})(\\p{L}['’])(\\p{Ll})");
    /** Accents are folded on Latin and Greek letters only: in Cyrillic, Thai or kana a mark makes another letter. */
    private static final Pattern FOLDABLE_MARK = Pattern.compile("(?<=[\\p{IsLatin}\\p{IsGreek}])\\p{M}+");
    private static final Pattern NOT_LETTER_OR_MARK = Pattern.compile("[^\\p{L}\\p{M}]+");

    private Text() {
    }

    /**
     * NFKC (full-width digits and letters, ligatures, no-break spaces become their plain forms), trimmed,
     * inner whitespace collapsed to one space; empty when nothing is left.
     */
    static Optional<String> clean(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String normalized = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        String collapsed = WHITESPACE_RUN.matcher(normalized).replaceAll(" ").strip();
        return collapsed.isEmpty() ? Optional.empty() : Optional.of(collapsed);
    }

    /** True when the text has cased letters and all share one case: typed in caps lock, or all lower. */
    static boolean isSingleCase(String text) {
        boolean hasUpper = text.codePoints().anyMatch(Character::isUpperCase);
        boolean hasLower = text.codePoints().anyMatch(Character::isLowerCase);
        return hasUpper != hasLower;
    }

    /** "o'brien jean-luc" → "O'Brien Jean-Luc"; locale-independent, so a Turkish default locale cannot dot the i. */
    static String titleCase(String text) {
        String capitalized = WordUtils.capitalize(text.toLowerCase(Locale.ROOT), ' ', '-');
        return ELIDED_PREFIX.matcher(capitalized)
                .replaceAll(match -> match.group(1) + match.group(2).toUpperCase(Locale.ROOT));
    }

    /** Title case only when the source did not care about case; deliberate mixed case ("McDonald") is kept. */
    static String titleCaseIfSingleCase(String text) {
        return isSingleCase(text) ? titleCase(text) : text;
    }

    /** Comparison key: lower-case letters only, Latin and Greek accents removed: "Müller-Weiß" → "mullerweiss". */
    static String letterKey(String raw) {
        String cleaned = clean(raw).orElse("");
        // ß, ł, ø and đ have no decomposition, yet sources write Weiß and Weiss, Małgorzata and Malgorzata alike
        String lower = cleaned.toLowerCase(Locale.ROOT).replace("ß", "ss").replace('ł', 'l').replace('ø', 'o')
            .replace('đ', 'd');
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        String unaccented = FOLDABLE_MARK.matcher(decomposed).replaceAll("");
        String lettersOnly = NOT_LETTER_OR_MARK.matcher(unaccented).replaceAll("");
        return Normalizer.normalize(lettersOnly, Normalizer.Form.NFC);
    }
}
