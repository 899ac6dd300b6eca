package io.c360.profile.relations;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import io.c360.avro.CustomerProfile;
import io.c360.avro.GoldenValue;
import io.c360.standardize.NameStandardizer;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * The derived household of a customer: people with the same golden street, postcode, country and family
 * name live together. Roommates with different family names stay separate unless the CRM declares them
 * one household.
 */
public final class HouseholdKeys {
    private HouseholdKeys() {
    }

    public static Optional<String> derive(CustomerProfile p) {
        String street = compact(value(p, "street"));
        String postcode = compact(value(p, "postcode"));
        String lastName = value(p, "lastName") == null ? "" : NameStandardizer.matchKey(value(p, "lastName"));
        if (street.isEmpty() || postcode.isEmpty() || lastName.isEmpty()) {
            return Optional.empty();
        }
        String country = compact(value(p, "country"));
        String key = String.join("|", street, postcode, country, lastName);
        return Optional.of("h-" + HexFormat.of().formatHex(DigestUtils.sha256(key.getBytes(StandardCharsets.UTF_8)),
            0, 8));
    }

    private static String value(CustomerProfile p, String attribute) {
        GoldenValue golden = p.getAttributes().get(attribute);
        return golden == null ? null : golden.getValue();
    }

    private static String compact(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
