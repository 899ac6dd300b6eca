package io.c360.profile;

import java.util.LinkedHashMap;
import java.util.Map;

import io.c360.avro.CandidateValue;
import io.c360.avro.Lineage;
import io.c360.avro.PersonAttributes;
import io.c360.avro.PostalAddress;
import io.c360.avro.TouchpointEvent;

/** The attribute values a (standardized) event asserts, each with the event's lineage. */
public final class EventAttributes {
    private EventAttributes() {
    }

    public static Lineage lineageOf(TouchpointEvent event) {
        return Lineage.newBuilder()
            .setSource(event.getSource())
            .setSourceRecordId(event.getSourceRecordId())
            .setEventId(event.getEventId())
            .setEventTime(event.getEventTime())
            .build();
    }

    public static Map<String, CandidateValue> of(TouchpointEvent event) {
        Map<String, String> values = new LinkedHashMap<>();
        PersonAttributes person = event.getPerson();
        if (person != null) {
            values.put("firstName", person.getFirstName());
            values.put("middleName", person.getMiddleName());
            values.put("lastName", person.getLastName());
            values.put("birthDate", person.getBirthDate());
            values.put("gender", person.getGender());
            values.put("language", person.getLanguage());
            values.put("companyName", person.getCompanyName());
            PostalAddress address = person.getAddress();
            if (address != null) {
                values.put("street", address.getStreet());
                values.put("unit", address.getUnit());
                values.put("city", address.getCity());
                values.put("postcode", address.getPostcode());
                values.put("region", address.getRegion());
                values.put("country", address.getCountry());
            }
        }
        values.put("email", event.getIdentifiers().getEmail());
        values.put("phone", event.getIdentifiers().getPhone());
        Lineage lineage = lineageOf(event);
        Map<String, CandidateValue> result = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                result.put(name, new CandidateValue(value, lineage, 1));
            }
        });
        return result;
    }
}
