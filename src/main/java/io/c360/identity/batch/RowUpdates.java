package io.c360.identity.batch;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.c360.avro.Channel;
import io.c360.avro.Identifiers;
import io.c360.avro.PersonAttributes;
import io.c360.avro.PostalAddress;
import io.c360.avro.SourceSystem;
import io.c360.avro.TouchpointEvent;
import io.c360.identity.engine.EventUpdates;
import io.c360.identity.engine.RecordKeys;
import io.c360.identity.engine.RecordUpdate;
import io.c360.identity.match.RecordView;
import io.c360.standardize.TouchpointStandardizer;

/**
 * Turns an input row into a record update through the same path as a streamed event: the row becomes a
 * touchpoint event, {@link TouchpointStandardizer} cleans it (dates in any notation, phones to E.164, full-width
 * digits, case and spacing), and {@link EventUpdates} makes the update.
 */
public final class RowUpdates {
    /** Batch records carry no event time; all share one, so customer ids depend on record ids alone. */
    static final Instant BATCH_TIME = Instant.EPOCH;
    private static final Pattern NOT_CODE = Pattern.compile("[^\\p{L}\\p{N}]");

    private final TouchpointStandardizer standardizer;
    private final EventUpdates updates;
    private final String defaultCountry;

    public RowUpdates(TouchpointStandardizer standardizer, EventUpdates updates, String defaultCountry) {
        this.standardizer = standardizer;
        this.updates = updates;
        this.defaultCountry = defaultCountry;
    }

    public RecordUpdate toUpdate(InputRow row) {
        Map<String, String> f = row.fields();
        TouchpointEvent raw = TouchpointEvent.newBuilder()
            .setEventId(row.source() + ":" + row.recordId())
            .setSource(SourceSystem.OTHER)
            .setSourceRecordId(row.recordId())
            .setChannel(Channel.OTHER)
            .setEventType("customer_record")
            .setEventTime(BATCH_TIME)
            .setIdentifiers(identifiers(f))
            .setPerson(person(f))
            .build();
        TouchpointEvent event = standardizer.standardize(raw);
        Map<String, String> extras = new HashMap<>();
        String nationalId = f.get("national_id");
        if (nationalId != null) {
            String code = NOT_CODE.matcher(java.text.Normalizer.normalize(nationalId, java.text.Normalizer.Form.NFKC))
                .replaceAll("").toUpperCase(Locale.ROOT);
            if (!code.isEmpty()) {
                extras.put(RecordView.NATIONAL_ID, code);
            }
        }
        return updates.of(event, RecordKeys.of(row.source(), row.recordId()), row.source(), extras);
    }

    private static Identifiers identifiers(Map<String, String> f) {
        return Identifiers.newBuilder()
            .setEmail(f.get("email"))
            .setPhone(f.get("phone"))
            .setCrmId(f.get("crm_id"))
            .setLoyaltyId(f.get("loyalty_id"))
            .setEcommerceId(f.get("ecommerce_id"))
            .setPosCustomerId(f.get("pos_customer_id"))
            .setDeviceId(f.get("device_id"))
            .setCookieId(f.get("cookie_id"))
            .setSocialHandle(f.get("social_handle"))
            .build();
    }

    private PersonAttributes person(Map<String, String> f) {
        String country = f.getOrDefault("country", defaultCountry);
        PostalAddress address = PostalAddress.newBuilder()
            .setStreet(f.get("street")).setUnit(f.get("unit")).setCity(f.get("city")).setPostcode(f.get("postcode"))
            .setRegion(f.get("region")).setCountry(country).build();
        return PersonAttributes.newBuilder()
            .setFirstName(f.get("first_name"))
            .setMiddleName(f.get("middle_name"))
            .setLastName(f.get("last_name"))
            .setFullName(f.get("full_name"))
            .setBirthDate(birthDate(f))
            .setGender(f.get("gender"))
            .setAddress(address)
            .build();
    }

    private static String birthDate(Map<String, String> f) {
        if (f.containsKey("birth_date")) {
            return f.get("birth_date");
        }
        String year = f.get("birth_year");
        String month = f.get("birth_month");
        String day = f.get("birth_day");
        if (year == null || month == null || day == null) {
            return null;
        }
        return year + "-" + (month.length() == 1 ? "0" + month : month) + "-" + (day.length() == 1 ? "0" + day : day);
    }
}
