package io.c360.identity.generate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.c360.identity.generate.Person.Address;

/**
 * Addresses as sources write them: street types abbreviated (St, Rd, Str.), upper case, a typo, the house number
 * left out; postcodes without their space or in lower case; city typos; the country as a code, a name or its
 * three-letter code.
 */
final class AddressVariants {
    static final double ABBREVIATED = 0.25;
    static final double TYPO = 0.03;
    static final double NO_HOUSE_NUMBER = 0.04;
    private static final List<Map.Entry<Pattern, String>> ABBREVIATIONS = List.of(
        Map.entry(Pattern.compile("\\bStreet\\b"), "St"), Map.entry(Pattern.compile("\\bRoad\\b"), "Rd"),
        Map.entry(Pattern.compile("\\bAvenue\\b"), "Ave"), Map.entry(Pattern.compile("\\bLane\\b"), "Ln"),
        Map.entry(Pattern.compile("\\bBoulevard\\b"), "Blvd"), Map.entry(Pattern.compile("straße\\b"), "str."));

    private final Draw draw;

    AddressVariants(Draw draw) {
        this.draw = draw;
    }

    /** Street, city and postcode of a record; a missing part is null. */
    String[] render(Address address) {
        String street = address.street();
        if (draw.chance(ABBREVIATED)) {
            for (Map.Entry<Pattern, String> abbreviation : ABBREVIATIONS) {
                street = abbreviation.getKey().matcher(street).replaceAll(abbreviation.getValue());
            }
        }
        if (draw.chance(TYPO)) {
            street = Typos.inWord(street, draw);
        }
        String line = draw.chance(NO_HOUSE_NUMBER) ? street
            : address.country().numberBeforeName() ? address.houseNumber() + " " + street
            : street + " " + address.houseNumber();
        String city = draw.chance(0.08) ? null : draw.chance(TYPO) ? Typos.inWord(address.city().name(), draw)
            : address.city().name();
        return new String[] {shout(line), city == null ? null : shout(city), postcode(address.postcode())};
    }

    String country(Country country) {
        Locale locale = new Locale("", country.code());
        return switch (draw.weighted(60, 25, 10, 5)) {
            case 0 -> country.code();
            case 1 -> locale.getDisplayCountry(Locale.ENGLISH);
            case 2 -> locale.getISO3Country();
            default -> country.code().toLowerCase(Locale.ROOT);
        };
    }

    private String postcode(String postcode) {
        if (draw.chance(0.05)) {
            return null;
        }
        String written = draw.chance(0.2) ? postcode.replace(" ", "").replace("-", "") : postcode;
        return draw.chance(0.1) ? written.toLowerCase(Locale.ROOT) : written;
    }

    private String shout(String text) {
        return draw.chance(0.08) ? text.toUpperCase(Locale.ROOT) : text;
    }
}
