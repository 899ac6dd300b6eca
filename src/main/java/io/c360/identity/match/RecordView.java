package io.c360.identity.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.c360.avro.AttributeValue;
import io.c360.avro.IdentityRecord;

/** Read-only access to an identity record's attributes and identifiers, as the comparators need them. */
public final class RecordView {
    public static final String FIRST_NAME = "firstName";
    public static final String MIDDLE_NAME = "middleName";
    public static final String LAST_NAME = "lastName";
    public static final String BIRTH_DATE = "birthDate";
    public static final String GENDER = "gender";
    public static final String STREET = "street";
    public static final String CITY = "city";
    public static final String POSTCODE = "postcode";
    public static final String COUNTRY = "country";
    public static final String NATIONAL_ID = "nationalId";

    private final IdentityRecord record;
    private final Map<String, List<String>> identifiersByType = new HashMap<>();

    public RecordView(IdentityRecord record) {
        this.record = record;
        for (String key : record.getIdentifiers()) {
            int colon = key.indexOf(':');
            identifiersByType.computeIfAbsent(key.substring(0, colon), t -> new ArrayList<>(2))
                .add(key.substring(colon + 1));
        }
    }

    public String key() {
        return record.getRecordKey();
    }

    public IdentityRecord record() {
        return record;
    }

    /** The attribute's value, or null when the record has none. */
    public String attribute(String name) {
        AttributeValue value = record.getAttributes().get(name);
        return value == null ? null : value.getValue();
    }

    public List<String> identifiers(String type) {
        return identifiersByType.getOrDefault(type, List.of());
    }

    public Map<String, List<String>> identifiersByType() {
        return identifiersByType;
    }

    /** True when the record says nothing about the person: no name, birth date or address, only identifiers. */
    public boolean isAnonymous() {
        return attribute(FIRST_NAME) == null && attribute(LAST_NAME) == null && attribute(BIRTH_DATE) == null
            && attribute(STREET) == null && attribute(NATIONAL_ID) == null;
    }
}
