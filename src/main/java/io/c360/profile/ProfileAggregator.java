package io.c360.profile;

import java.time.Instant;
import java.util.List;

import io.c360.avro.CustomerProfile;
import io.c360.avro.IdentifierRef;
import io.c360.avro.SourceRecordRef;
import io.c360.avro.TouchpointEvent;
import io.c360.identity.IdentifierKey;
import io.c360.identity.IdentifierType;

/**
 * Folds one touchpoint event into a customer profile: golden attributes, identifiers, source records,
 * counters and the interaction summaries. Pure: returns a new profile, never mutates its input.
 */
public final class ProfileAggregator {
    static final int RECENT_EVENT_IDS = 64;

    private final GoldenAttributes golden;
    private final InteractionCounters counters = new InteractionCounters();

    public ProfileAggregator(GoldenAttributes golden) {
        this.golden = golden;
    }

    /** @return the updated profile, or the same instance when the event was already applied */
    public CustomerProfile apply(CustomerProfile current, String customerId, TouchpointEvent event) {
        if (current != null && current.getRecentEventIds().contains(event.getEventId())) {
            return current;
        }
        Instant at = event.getEventTime();
        CustomerProfile p = current == null ? Profiles.empty(customerId, at) : Profiles.copy(current);
        p.setCreatedAt(min(p.getCreatedAt(), at));
        p.setUpdatedAt(max(p.getUpdatedAt(), at));
        golden.assertValues(p.getAttributes(), EventAttributes.of(event));
        addIdentifiers(p.getIdentifiers(), event);
        addSourceRecord(p.getSourceRecords(), event);
        p.setEventCount(p.getEventCount() + 1);
        p.getEventsBySource().merge(event.getSource().name(), 1L, Long::sum);
        counters.count(p, event);
        remember(p.getRecentEventIds(), event.getEventId());
        return p;
    }

    private static void addIdentifiers(List<IdentifierRef> refs, TouchpointEvent event) {
        for (IdentifierType type : IdentifierType.values()) {
            String value = type.valueIn(event.getIdentifiers());
            if (value == null || value.isBlank()) {
                continue;
            }
            IdentifierKey key = new IdentifierKey(type.fieldName(), value);
            IdentifierRef existing = refs.stream()
                .filter(r -> r.getType().equals(key.type()) && r.getValue().equals(key.value()))
                .findFirst().orElse(null);
            if (existing == null) {
                refs.add(new IdentifierRef(key.type(), key.value(), event.getSource(), event.getEventTime(),
                    event.getEventTime()));
            } else {
                existing.setFirstSeen(min(existing.getFirstSeen(), event.getEventTime()));
                existing.setLastSeen(max(existing.getLastSeen(), event.getEventTime()));
            }
        }
    }

    private static void addSourceRecord(List<SourceRecordRef> refs, TouchpointEvent event) {
        String recordId = event.getSourceRecordId();
        if (recordId == null || recordId.isBlank()) {
            return;
        }
        SourceRecordRef existing = refs.stream()
            .filter(r -> r.getSource() == event.getSource() && r.getRecordId().equals(recordId))
            .findFirst().orElse(null);
        if (existing == null) {
            refs.add(new SourceRecordRef(event.getSource(), recordId, event.getEventTime()));
        } else {
            existing.setLastSeen(max(existing.getLastSeen(), event.getEventTime()));
        }
    }

    private static void remember(List<String> recent, String eventId) {
        recent.add(eventId);
        while (recent.size() > RECENT_EVENT_IDS) {
            recent.remove(0);
        }
    }

    static Instant min(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    static Instant max(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
