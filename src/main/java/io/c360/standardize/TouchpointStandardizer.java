package io.c360.standardize;

import java.util.Locale;
import java.util.Optional;

import io.c360.avro.Identifiers;
import io.c360.avro.PersonAttributes;
import io.c360.avro.PostalAddress;
import io.c360.avro.TouchpointEvent;

/**
 * Standardizes a decoded event before identity resolution: identifiers into the forms they are matched in
 * (lower-case e-mail, E.164 phone, trimmed ids), person attributes into clean display forms. A value that
 * cannot be standardized (an e-mail without a domain, an impossible birth date) is dropped from the event
 * rather than linked or shown wrongly; the rest of the event is kept.
 */
public final class TouchpointStandardizer {
    private final PhoneStandardizer phones;
    private final int minBirthYear;

    public TouchpointStandardizer(String defaultPhoneRegion) {
        this(defaultPhoneRegion, DateStandardizer.MIN_YEAR);
    }

    /** @param minBirthYear the earliest birth year accepted; historical data sets need one before 1850 */
    public TouchpointStandardizer(String defaultPhoneRegion, int minBirthYear) {
        this.phones = new PhoneStandardizer(defaultPhoneRegion);
        this.minBirthYear = minBirthYear;
    }

    public TouchpointEvent standardize(TouchpointEvent raw) {
        TouchpointEvent event = TouchpointEvent.newBuilder(raw).build();
        event.setEventId(raw.getEventId().trim());
        event.setEventType(raw.getEventType().trim().toLowerCase(Locale.ROOT));
        PersonAttributes person = event.getPerson() == null ? null : standardizePerson(event.getPerson());
        event.setPerson(person);
        String country = person == null || person.getAddress() == null ? null : person.getAddress().getCountry();
        event.setIdentifiers(standardizeIdentifiers(event.getIdentifiers(), country));
        return event;
    }

    private Identifiers standardizeIdentifiers(Identifiers in, String countryHint) {
        Identifiers out = Identifiers.newBuilder(in).build();
        out.setEmail(identifier("email", in.getEmail(), countryHint).orElse(null));
        out.setPhone(identifier("phone", in.getPhone(), countryHint).orElse(null));
        out.setCrmId(trimmed(in.getCrmId()));
        out.setLoyaltyId(trimmed(in.getLoyaltyId()));
        out.setEcommerceId(trimmed(in.getEcommerceId()));
        out.setPosCustomerId(trimmed(in.getPosCustomerId()));
        out.setDeviceId(trimmed(in.getDeviceId()));
        out.setCookieId(trimmed(in.getCookieId()));
        out.setSocialHandle(identifier("socialHandle", in.getSocialHandle(), countryHint).orElse(null));
        return out;
    }

    /**
     * One identifier value in the form it is stored and matched in; lookups standardize their input with
     * this too, so {@code (202) 555-0147} finds what was stored as {@code +12025550147}.
     *
     * @param type an identifier field name of the wire contract (email, phone, crmId, socialHandle, ...)
     */
    public Optional<String> identifier(String type, String raw, String countryHint) {
        if (blank(raw)) {
            return Optional.empty();
        }
        return switch (type) {
            case "email" -> EmailStandardizer.standardize(raw);
            case "phone" -> phones.toE164(raw, countryHint);
            case "socialHandle" -> Optional.of(socialHandle(raw));
            default -> Optional.ofNullable(trimmed(raw));
        };
    }

    private PersonAttributes standardizePerson(PersonAttributes in) {
        PersonAttributes out = PersonAttributes.newBuilder(in).build();
        if (blank(in.getFirstName()) && blank(in.getLastName()) && !blank(in.getFullName())) {
            NameStandardizer.PersonName split = NameStandardizer.split(in.getFullName());
            out.setFirstName(split.first());
            out.setMiddleName(split.middle());
            out.setLastName(split.last());
        }
        out.setFirstName(name(out.getFirstName()));
        out.setMiddleName(name(out.getMiddleName()));
        out.setLastName(name(out.getLastName()));
        out.setFullName(name(in.getFullName()));
        out.setBirthDate(in.getBirthDate() == null ? null
            : DateStandardizer.parse(in.getBirthDate(), false, minBirthYear).map(Object::toString).orElse(null));
        out.setGender(trimmed(in.getGender()) == null ? null : in.getGender().trim().toLowerCase(Locale.ROOT));
        out.setCompanyName(trimmed(in.getCompanyName()));
        out.setAddress(in.getAddress() == null ? null : standardizeAddress(in.getAddress()));
        return out;
    }

    private static PostalAddress standardizeAddress(PostalAddress in) {
        PostalAddress out = PostalAddress.newBuilder(in).build();
        String country = in.getCountry() == null ? null
            : CountryStandardizer.toIso2(in.getCountry()).orElse(trimmed(in.getCountry()));
        out.setCountry(country);
        out.setStreet(in.getStreet() == null ? null : AddressStandardizer.street(in.getStreet()).orElse(null));
        out.setUnit(trimmed(in.getUnit()));
        out.setCity(in.getCity() == null ? null : AddressStandardizer.city(in.getCity()).orElse(null));
        out.setPostcode(in.getPostcode() == null ? null
            : AddressStandardizer.postcode(in.getPostcode(), country)
                .orElse(trimmed(in.getPostcode().toUpperCase(Locale.ROOT))));
        out.setRegion(trimmed(in.getRegion()));
        return out;
    }

    private static String name(String raw) {
        return raw == null ? null : NameStandardizer.standardize(raw).orElse(null);
    }

    private static String socialHandle(String raw) {
        String v = trimmed(raw).toLowerCase(Locale.ROOT);
        return v.startsWith("@") ? v : "@" + v;
    }

    private static String trimmed(String raw) {
        return blank(raw) ? null : java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFKC).trim();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
