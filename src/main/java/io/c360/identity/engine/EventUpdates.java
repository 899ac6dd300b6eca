package io.c360.identity.engine;

import static io.c360.identity.match.RecordView.BIRTH_DATE;
import static io.c360.identity.match.RecordView.CITY;
import static io.c360.identity.match.RecordView.COUNTRY;
import static io.c360.identity.match.RecordView.FIRST_NAME;
import static io.c360.identity.match.RecordView.GENDER;
import static io.c360.identity.match.RecordView.LAST_NAME;
import static io.c360.identity.match.RecordView.MIDDLE_NAME;
import static io.c360.identity.match.RecordView.POSTCODE;
import static io.c360.identity.match.RecordView.STREET;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.c360.avro.IdentityRecord;
import io.c360.avro.PersonAttributes;
import io.c360.avro.PostalAddress;
import io.c360.avro.TouchpointEvent;
import io.c360.identity.IdentifierKey;
import io.c360.identity.IdentityRules;

/**
 * A standardized touchpoint event as an update of its source record: the one conversion both the streaming
 * topology and the batch resolve command use, so both resolve the same way.
 */
public final class EventUpdates {
    private final IdentityRules rules;
    private final Function<IdentifierKey, String> identifierNaming;

    /** @param identifierNaming how an identifier appears in a record key, see {@link RecordKeys} */
    public EventUpdates(IdentityRules rules, Function<IdentifierKey, String> identifierNaming) {
        this.rules = rules;
        this.identifierNaming = identifierNaming;
    }

    /** The record key of an event: its source record id, or else its strongest identifier; null when neither. */
    public String recordKey(TouchpointEvent event) {
        String source = event.getSource().name();
        if (event.getSourceRecordId() != null && !event.getSourceRecordId().isBlank()) {
            return RecordKeys.of(source, event.getSourceRecordId());
        }
        return RecordKeys.byStrongestIdentifier(source, rules.linkingKeys(event.getIdentifiers()), identifierNaming);
    }

    /**
     * @param recordKey  see {@link #recordKey}
     * @param source     the source name the record key uses
     * @param extras     attributes the wire contract has no field for (nationalId), already standardized
     */
    public RecordUpdate of(TouchpointEvent event, String recordKey, String source, Map<String, String> extras) {
        Map<String, String> attributes = new HashMap<>(extras);
        PersonAttributes person = event.getPerson();
        if (person != null) {
            put(attributes, FIRST_NAME, person.getFirstName());
            put(attributes, MIDDLE_NAME, person.getMiddleName());
            put(attributes, LAST_NAME, person.getLastName());
            put(attributes, BIRTH_DATE, person.getBirthDate());
            put(attributes, GENDER, person.getGender());
            PostalAddress address = person.getAddress();
            if (address != null) {
                put(attributes, STREET, address.getStreet());
                put(attributes, CITY, address.getCity());
                put(attributes, POSTCODE, address.getPostcode());
                put(attributes, COUNTRY, address.getCountry());
            }
        }
        List<String> identifiers = rules.linkingKeys(event.getIdentifiers()).stream()
            .map(IdentifierKey::asString).sorted().toList();
        return new RecordUpdate(recordKey, source, event.getEventTime(), attributes, identifiers, event.getEventId());
    }

    /**
     * Whether identity resolution has nothing to learn from {@code event} about the record it holds as
     * {@code known}: folding the event into it changes nothing (no new identifier, no attribute value that would
     * win, no earlier first sighting). The fold only ever moves a record forward, so an event that teaches nothing
     * to the state the caller saw teaches nothing to any later state either.
     */
    public boolean bringsNothingNew(IdentityRecord known, TouchpointEvent event) {
        RecordUpdate update = of(event, known.getRecordKey(), event.getSource().name(), Map.of());
        return RecordMerger.apply(known, update).equals(known);
    }

    private static void put(Map<String, String> attributes, String name, String value) {
        if (value != null && !value.isBlank()) {
            attributes.put(name, value);
        }
    }
}
