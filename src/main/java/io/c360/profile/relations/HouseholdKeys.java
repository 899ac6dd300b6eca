package io.c360.profile.relations;

import java.util.Locale;
import java.util.Optional;

import io.c360.avro.CustomerProfile;
import io.c360.avro.GoldenValue;
import io.c360.privacy.Pseudonyms;
import io.c360.standardize.NameStandardizer;

/**
 * The derived household of a customer: people with the same golden street, postcode, country and family
 * name live together. Roommates with different family names stay separate unless the CRM declares them
 * one household. The id is a keyed hash (HMAC under the master key) of the address and name: an unkeyed hash
 * of so few likely values could be reversed by trying addresses and family names.
 */
public final class HouseholdKeys {
    static final int ID_CHARS = 16;
    private final Pseudonyms pseudonyms;

    public HouseholdKeys(Pseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    public Optional<String> derive(CustomerProfile p) {
        String street = compact(value(p, "street"));
        String postcode = compact(value(p, "postcode"));
        String lastName = value(p, "lastName") == null ? "" : NameStandardizer.matchKey(value(p, "lastName"));
        if (street.isEmpty() || postcode.isEmpty() || lastName.isEmpty()) {
            return Optional.empty();
        }
        String country = compact(value(p, "country"));
        String key = String.join("|", "household", street, postcode, country, lastName);
        return Optional.of("h-" + pseudonyms.of(key).substring(0, ID_CHARS));
    }

    private static String value(CustomerProfile p, String attribute) {
        GoldenValue golden = p.getAttributes().get(attribute);
        return golden == null ? null : golden.getValue();
    }

    private static String compact(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
