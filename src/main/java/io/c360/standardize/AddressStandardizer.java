package io.c360.standardize;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Postal address parts: street with house number, postcode, city. All values are NFKC, trimmed and
 * whitespace-collapsed; values that arrive ALL UPPER or all lower are title-cased, mixed case is kept.
 */
public final class AddressStandardizer {

    /** "12b" → "12B"; ordinals such as "1st" have two letters and are left alone. */
    private static final Pattern HOUSE_NUMBER_LETTER = Pattern.compile("\\b(\\d+)(\\p{Ll})\\b");
    /** Connecting words inside city names: "Frankfurt am Main", "Boulogne-sur-Mer", "Rio de Janeiro". */
    private static final Pattern CITY_CONNECTOR = Pattern.compile(
            "(?<=[ -])(Am|An|Im|Upon|On|Sur|De|Del|Di|Da|Do|La|Le|Les|En)(?=[ -])");

    private AddressStandardizer() {
    }

    /**
     * {@code "123 MAIN ST."} → {@code "123 Main Street"}; abbreviated street types become the full word, see
     * {@link StreetTypes}. Empty when null or blank.
     */
    public static Optional<String> street(String raw) {
        return Text.clean(raw)
                .map(AddressStandardizer::caseStreet)
                .map(StreetTypes::expand);
    }

    /**
     * {@code ("sw1a1aa", "GB")} → {@code "SW1A 1AA"}; laid out per country where the format is known (GB, NL, CA,
     * US, IE, PL, JP, …), only upper-cased otherwise. Empty when blank or impossible for the country.
     *
     * @param countryIso2 ISO-3166 alpha-2 (or any form {@link CountryStandardizer} reads); null when unknown
     */
    public static Optional<String> postcode(String raw, String countryIso2) {
        String country = CountryStandardizer.toIso2(countryIso2).orElse("");
        return Text.clean(raw).flatMap(cleaned -> PostcodeFormats.format(cleaned, country));
    }

    /** {@code " FRANKFURT AM MAIN "} → {@code "Frankfurt am Main"}; empty when null or blank. */
    public static Optional<String> city(String raw) {
        return Text.clean(raw).map(cleaned -> Text.isSingleCase(cleaned) ? caseCity(cleaned) : cleaned);
    }

    private static String caseStreet(String street) {
        String cased = Text.titleCaseIfSingleCase(street);
        return HOUSE_NUMBER_LETTER.matcher(cased)
                .replaceAll(match -> match.group(1) + match.group(2).toUpperCase(Locale.ROOT));
    }

    private static String caseCity(String city) {
        return CITY_CONNECTOR.matcher(Text.titleCase(city))
                .replaceAll(match -> match.group(1).toLowerCase(Locale.ROOT));
    }
}
