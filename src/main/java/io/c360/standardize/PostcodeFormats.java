package io.c360.standardize;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Postcode formats per country: a pattern over the compact form (upper case, no spaces or hyphens) and the
 * replacement that lays it out as the national postal service writes it. Countries not listed here are only
 * upper-cased, since rejecting a postcode we cannot judge would lose data.
 */
final class PostcodeFormats {

    private record Format(Pattern compact, String layout) {
        Optional<String> apply(String compactPostcode) {
            Matcher matcher = compact.matcher(compactPostcode);
            return matcher.matches() ? Optional.of(matcher.replaceAll(layout)) : Optional.empty();
        }
    }

    private static final Format FOUR_DIGITS = layout("(\\d{4})", "$1");
    private static final Format FIVE_DIGITS = layout("(\\d{5})", "$1");
    private static final Format SIX_DIGITS = layout("(\\d{6})", "$1");
    private static final Format THREE_SPACE_TWO = layout("(\\d{3})(\\d{2})", "$1 $2");
    private static final Format BRITISH = layout("([A-Z]{1,2}\\d[A-Z\\d]?)(\\d[A-Z]{2})", "$1 $2");

    private static final Map<String, List<Format>> BY_COUNTRY = buildTable();

    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");
    private static final Pattern PLAUSIBLE_UNKNOWN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} -]*");

    private PostcodeFormats() {
    }

    static Optional<String> format(String cleanedPostcode, String countryIso2) {
        String upper = cleanedPostcode.toUpperCase(Locale.ROOT);
        List<Format> formats = BY_COUNTRY.get(countryIso2);
        if (formats == null) {
            return PLAUSIBLE_UNKNOWN.matcher(upper).matches() ? Optional.of(upper) : Optional.empty();
        }
        String compact = SEPARATORS.matcher(upper).replaceAll("");
        return formats.stream().map(format -> format.apply(compact)).flatMap(Optional::stream).findFirst();
    }

    private static Map<String, List<Format>> buildTable() {
        Map<String, List<Format>> table = new HashMap<>();
        countries(table, List.of(FOUR_DIGITS), "AU", "AT", "BE", "BG", "CH", "DK", "HU", "LU", "NO", "NZ", "SI", "ZA");
        countries(table, List.of(FIVE_DIGITS), "DE", "EE", "ES", "FI", "FR", "HR", "IT", "KR", "MX", "TH", "TR");
        countries(table, List.of(SIX_DIGITS), "CN", "IN", "RO", "RU", "SG");
        countries(table, List.of(THREE_SPACE_TWO), "CZ", "GR", "SE", "SK");
        countries(table, List.of(BRITISH), "GB", "GG", "IM", "JE");
        table.put("US", List.of(FIVE_DIGITS, layout("(\\d{5})(\\d{4})", "$1-$2")));
        table.put("NL", List.of(layout("([1-9]\\d{3})([A-Z]{2})", "$1 $2")));
        // Canada Post never uses D, F, I, O, Q, U, nor W and Z in the first position
        table.put("CA", List.of(
                layout("([ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z])(\\d[ABCEGHJ-NPRSTV-Z]\\d)", "$1 $2")));
        table.put("IE", List.of(layout("([ACDEFHKNPRTVWXY]\\d{2}|D6W)([\\dACDEFHKNPRTVWXY]{4})", "$1 $2")));
        table.put("PL", List.of(layout("(\\d{2})(\\d{3})", "$1-$2")));
        table.put("PT", List.of(layout("(\\d{4})(\\d{3})", "$1-$2")));
        table.put("BR", List.of(layout("(\\d{5})(\\d{3})", "$1-$2")));
        table.put("JP", List.of(layout("(\\d{3})(\\d{4})", "$1-$2")));
        return Map.copyOf(table);
    }

    private static void countries(Map<String, List<Format>> table, List<Format> formats, String... iso2Codes) {
        for (String iso2 : iso2Codes) {
            table.put(iso2, formats);
        }
    }

    private static Format layout(String compactRegex, String layout) {
        return new Format(Pattern.compile(compactRegex), layout);
    }
}
