package io.c360.standardize;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.ValidationResult;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Phone numbers to E.164 with libphonenumber.
 *
 * <p>A number is accepted when it is <em>possible</em> (its length fits the country's numbering plan), not only
 * when it is <em>valid</em> (its prefix is assigned): fictional demo numbers such as +1 555 555 0123 and numbers
 * in ranges assigned after the metadata was published still standardize. Local-only numbers (a US number
 * without area code) are rejected, because their E.164 form would be wrong. Telling junk such as 0000000000
 * from real numbers is identity resolution's job, not this class's. Extensions are dropped.
 */
public final class PhoneStandardizer {

    private static final PhoneNumberUtil PHONE_UTIL = PhoneNumberUtil.getInstance();
    private static final String INTERNATIONAL_DIALING_00 = "00";

    private final String defaultRegion;

    /** @param defaultRegion ISO-3166 alpha-2 region for numbers written without country code, e.g. "US", "DE" */
    public PhoneStandardizer(String defaultRegion) {
        Objects.requireNonNull(defaultRegion, "defaultRegion");
        String region = defaultRegion.strip().toUpperCase(Locale.ROOT);
        if (!PHONE_UTIL.getSupportedRegions().contains(region)) {
            throw new IllegalArgumentException("Not a region libphonenumber knows: " + defaultRegion);
        }
        this.defaultRegion = region;
    }

    /**
     * {@code "(020) 7946-0958"} with hint {@code "GB"} → {@code +442079460958}.
     *
     * @param regionHint country of the person's address (ISO-2, or any form {@link CountryStandardizer} reads);
     *                   overrides the default region when known, ignored when null or unknown
     */
    public Optional<String> toE164(String raw, String regionHint) {
        Optional<String> cleaned = Text.clean(raw);
        if (cleaned.isEmpty()) {
            return Optional.empty();
        }
        String region = regionFor(regionHint);
        return candidates(cleaned.get())
                .map(candidate -> parse(candidate, region))
                .flatMap(Optional::stream)
                .filter(number -> PHONE_UTIL.isPossibleNumberWithReason(number) == ValidationResult.IS_POSSIBLE)
                .map(number -> PHONE_UTIL.format(number, PhoneNumberFormat.E164))
                .findFirst();
    }

    private String regionFor(String regionHint) {
        return CountryStandardizer.toIso2(regionHint)
                .filter(PHONE_UTIL.getSupportedRegions()::contains)
                .orElse(defaultRegion);
    }

    /**
     * A leading 00 read as "+" first, then the number as written: libphonenumber only knows 00 as the exit code of
     * regions that dial it, so "0044 20 7946 0958" from a US source, or "0081 90 1234 5678" with a Japanese
     * address (Japan dials 010), would otherwise be read as a national number.
     */
    private static Stream<String> candidates(String number) {
        if (number.startsWith(INTERNATIONAL_DIALING_00)) {
            return Stream.of("+" + number.substring(INTERNATIONAL_DIALING_00.length()), number);
        }
        return Stream.of(number);
    }

    private static Optional<PhoneNumber> parse(String number, String region) {
        try {
            return Optional.of(PHONE_UTIL.parse(number, region));
        } catch (NumberParseException notAPhoneNumber) {
            // an unparseable value is an expected outcome for dirty input, reported as an empty result
            return Optional.empty();
        }
    }
}
