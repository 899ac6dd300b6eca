package io.c360.identity.generate;

import java.util.List;

/**
 * A country people live in: how its phone numbers and addresses are written, its cities, streets and e-mail
 * providers.
 *
 * @param trunk             the prefix dialled before a national number at home ("0"), empty when none
 * @param mobilePattern     a national mobile number (see {@link Draw#fill})
 * @param landlinePattern   a national landline number
 * @param numberBeforeName  "12 High Street" rather than "Hauptstraße 12"
 */
record Country(String code, String callingCode, String trunk, String mobilePattern, String landlinePattern,
               boolean numberBeforeName, List<City> cities, List<String> streets, List<String> domains) {
    /** A city and the pattern of its postcodes. */
    record City(String name, String postcodePattern) {
    }
}
