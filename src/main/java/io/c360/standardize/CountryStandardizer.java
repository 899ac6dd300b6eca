package io.c360.standardize;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Country names and codes to ISO-3166 alpha-2.
 *
 * <p>The lookup table is built from the JDK: {@link Locale#getISOCountries()} with each country's alpha-3 code and
 * its display name in English and the languages our sources most often use, plus a short alias list for names
 * the JDK does not use ("UK", "Holland", "Czech Republic"). Lookups compare {@link Text#letterKey letter keys},
 * so case, accents, dots and spacing never matter ("Côte d'Ivoire", "cote divoire"); codes are read only from
 * values shaped like a code.
 */
public final class CountryStandardizer {

    /** English comes first so that it wins the rare name two languages use for different countries. */
    private static final List<Locale> NAME_LANGUAGES = List.of(
            Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.ITALIAN, Locale.forLanguageTag("es"),
            Locale.forLanguageTag("nl"), Locale.forLanguageTag("pt"));

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("uk", "GB"), Map.entry("great britain", "GB"), Map.entry("britain", "GB"),
            Map.entry("england", "GB"), Map.entry("scotland", "GB"), Map.entry("wales", "GB"),
            Map.entry("northern ireland", "GB"),
            Map.entry("america", "US"), Map.entry("united states of america", "US"),
            Map.entry("holland", "NL"), Map.entry("the netherlands", "NL"),
            Map.entry("south korea", "KR"), Map.entry("republic of korea", "KR"), Map.entry("korea", "KR"),
            Map.entry("north korea", "KP"),
            Map.entry("russian federation", "RU"), Map.entry("czech republic", "CZ"),
            Map.entry("ivory coast", "CI"), Map.entry("turkiye", "TR"), Map.entry("burma", "MM"),
            Map.entry("macedonia", "MK"), Map.entry("swaziland", "SZ"), Map.entry("cape verde", "CV"),
            Map.entry("hong kong", "HK"), Map.entry("macau", "MO"), Map.entry("macao", "MO"),
            Map.entry("vatican", "VA"), Map.entry("palestine", "PS"),
            Map.entry("democratic republic of the congo", "CD"), Map.entry("dr congo", "CD"),
            Map.entry("republic of the congo", "CG"), Map.entry("uae", "AE"));

    /** Only a value written as two or three letters (dots allowed: "U.K.") is read as a code; "n/a" is no Namibia. */
    private static final Pattern CODE_SHAPE = Pattern.compile("\\p{L}{2,3}");

    private static final Map<String, String> ISO2_BY_CODE = buildCodeLookup();
    private static final Map<String, String> ISO2_BY_NAME_KEY = buildNameLookup();

    private CountryStandardizer() {
    }

    /** {@code "deu"}, {@code "Germany"}, {@code "Deutschland"}, {@code " de "} → {@code DE}; empty when unknown. */
    public static Optional<String> toIso2(String raw) {
        Optional<String> cleaned = Text.clean(raw).map(text -> text.replace(".", "").strip());
        Optional<String> byCode = cleaned
                .filter(text -> CODE_SHAPE.matcher(text).matches())
                .map(code -> ISO2_BY_CODE.get(code.toUpperCase(Locale.ROOT)));
        return byCode.isPresent() ? byCode : cleaned.map(text -> ISO2_BY_NAME_KEY.get(Text.letterKey(text)));
    }

    private static Map<String, String> buildCodeLookup() {
        Map<String, String> lookup = new HashMap<>();
        for (String iso2 : Locale.getISOCountries()) {
            lookup.put(iso2, iso2);
            lookup.put(new Locale("", iso2).getISO3Country(), iso2);
        }
        return Map.copyOf(lookup);
    }

    private static Map<String, String> buildNameLookup() {
        Map<String, String> lookup = new HashMap<>();
        ALIASES.forEach((alias, iso2) -> lookup.put(Text.letterKey(alias), iso2));
        for (Locale language : NAME_LANGUAGES) {
            for (String iso2 : Locale.getISOCountries()) {
                String name = new Locale("", iso2).getDisplayCountry(language);
                lookup.putIfAbsent(Text.letterKey(name), iso2);
            }
        }
        return Map.copyOf(lookup);
    }
}
