package io.c360.profile;

import java.util.List;

import io.c360.avro.CustomerProfile;
import io.c360.avro.IdentifierRef;
import io.c360.avro.SourceRecordRef;
import io.c360.avro.TouchpointEvent;
import io.c360.identity.IdentifierType;

/**
 * Folds one touchpoint event into a customer profile: golden attributes, identifiers, source records,
 * counters and every section. Pure: returns a new profile, never mutates its input.
 */
public final class ProfileAggregator {
    static final int RECENT_EVENT_IDS = 64;

    private final GoldenAttributes golden;
    private final List<ProfileSection> sections;

    public ProfileAggregator(GoldenAttributes golden, List<ProfileSection> sections) {
        this.golden = golden;
        this.sections = List.copyOf(sections);
    }

    /** @return the updated profile, or the same instance when the event was already applied */
    public CustomerProfile apply(CustomerProfile current, String customerId, TouchpointEvent event, EventClock clock) {
        if (current != null && current.getRecentEventIds().contains(event.getEventId())) {
            return current;
        }
        CustomerProfile p = current == null ? Profiles.empty(customerId, event.getEventTime()) : Profiles.copy(current);
        fold(p, event, clock);
        return p;
    }

    /**
     * Folds the event into a profile the caller owns (one just decoded from a store), without copying it first.
     *
     * @return false, leaving the profile as it was, when the event was already applied
     */
    public boolean applyInPlace(CustomerProfile profile, TouchpointEvent event, EventClock clock) {
        if (profile.getRecentEventIds().contains(event.getEventId())) {
            return false;
        }
        fold(profile, event, clock);
        return true;
    }

    private void fold(CustomerProfile p, TouchpointEvent event, EventClock clock) {
        p.setCreatedAt(Times.min(p.getCreatedAt(), event.getEventTime()));
        if (p.getUpdatedAt() == null || !event.getEventTime().isBefore(p.getUpdatedAt())) {
            p.setUpdatedAt(event.getEventTime());
            p.setLastChannel(event.getChannel());
        }
        if (clock.isLate(event.getEventTime())) {
            p.setLateEvents(p.getLateEvents() + 1);
        }
        golden.assertValues(p.getAttributes(), EventAttributes.of(event));
        addIdentifiers(p.getIdentifiers(), event);
        addSourceRecord(p.getSourceRecords(), event);
        p.setEventCount(p.getEventCount() + 1);
        p.getEventsBySource().merge(event.getSource().name(), 1L, Long::sum);
        sections.forEach(section -> section.apply(p, event, clock));
        remember(p.getRecentEventIds(), event.getEventId());
    }

    private static void addIdentifiers(List<IdentifierRef> refs, TouchpointEvent event) {
        for (IdentifierType type : IdentifierType.values()) {
            String value = type.valueIn(event.getIdentifiers());
            if (value != null && !value.isBlank()) {
                ProfileCollections.addIdentifier(refs, new IdentifierRef(type.fieldName(), value, event.getSource(),
                    event.getEventTime(), event.getEventTime()));
            }
        }
    }

    private static void addSourceRecord(List<SourceRecordRef> refs, TouchpointEvent event) {
        String recordId = event.getSourceRecordId();
        if (recordId != null && !recordId.isBlank()) {
            ProfileCollections.addSourceRecord(refs, new SourceRecordRef(event.getSource(), recordId,
                event.getEventTime()));
        }
    }

    private static void remember(List<String> recent, String eventId) {
        recent.add(eventId);
        while (recent.size() > RECENT_EVENT_IDS) {
            recent.remove(0);
        }
    }
}
