package io.c360.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.c360.avro.ChangeType;
import io.c360.avro.CustomerProfile;
import io.c360.avro.ProfileChanged;
import io.c360.avro.TouchpointEvent;

/**
 * The records the customer stage publishes on profile-changed. Coalesced (the default), the changes a customer goes
 * through between two write-throughs of its profile (one commit, or sooner when the record cache evicts it) make one
 * record, built when the profile is written through: its fields go from their values as last published to their
 * values now, and it names every event it covers. What the changes were is only kept here until then, in memory:
 * the cached profile it belongs to is lost with it when a transaction aborts.
 */
final class ProfileChanges {
    /** Events one record may name: past it, the profile store is written through at once. */
    static final int MAX_CAUSES = 1_000;

    private static final class Pending {
        final Set<String> causes = new LinkedHashSet<>();
        final CustomerProfile before;
        CustomerProfile after;
        String lastCause;
        TouchpointEvent lastEvent;
        boolean merged;

        Pending(CustomerProfile before) {
            this.before = before;
        }
    }

    private final Map<String, Pending> pending = new HashMap<>();

    /** One record for one change, published as it happens. */
    static ProfileChanged of(CustomerProfile before, CustomerProfile after, ChangeType type, Instant at,
                             String causeEventId, TouchpointEvent causeEvent, List<String> causes) {
        List<String> old = before == null ? List.of() : before.getSegments();
        return ProfileChanged.newBuilder()
            .setCustomerId(after.getCustomerId())
            .setChangeType(type)
            .setChangeTime(at)
            .setCauseEventId(causeEventId)
            .setCauseEvent(causeEvent)
            .setCauseEventIds(causes)
            .setChangedFields(ProfileDiff.between(before, after))
            .setSegmentsEntered(after.getSegments().stream().filter(s -> !old.contains(s)).toList())
            .setSegmentsLeft(old.stream().filter(s -> !after.getSegments().contains(s)).toList())
            .setProfile(after)
            .build();
    }

    /**
     * A change made, from {@code before} (as stored until now) to {@code after}, to be published with the others of
     * its customer; returns how many events they name. The first change since the last write-through has the
     * published value as its before; the objects are kept, not copied, and must not change after.
     */
    int note(CustomerProfile before, CustomerProfile after, ChangeType type, String causeEventId,
             TouchpointEvent causeEvent) {
        Pending p = pending.computeIfAbsent(after.getCustomerId(), id -> new Pending(before));
        p.after = after;
        if (causeEventId != null) {
            p.causes.add(causeEventId);
            p.lastCause = causeEventId;
            p.lastEvent = causeEvent;
        }
        p.merged |= type == ChangeType.MERGED;
        return p.causes.size();
    }

    /**
     * The record for everything that changed since the profile was last written through; null when nothing did
     * (a deletion is published by the erasure itself, which forgets what was pending).
     */
    ProfileChanged written(String customerId, Instant at) {
        Pending p = pending.remove(customerId);
        if (p == null) {
            return null;
        }
        return of(p.before, p.after, typeOf(p.before, p.after, p.merged), at, p.lastCause, p.lastEvent,
            new ArrayList<>(p.causes));
    }

    void forget(String customerId) {
        pending.remove(customerId);
    }

    void clear() {
        pending.clear();
    }

    private static ChangeType typeOf(CustomerProfile before, CustomerProfile after, boolean merged) {
        if (Profiles.isRetired(after)) {
            return ChangeType.RETIRED;
        }
        if (before == null || Profiles.isRetired(before)) {
            return ChangeType.CREATED;
        }
        return merged ? ChangeType.MERGED : ChangeType.UPDATED;
    }
}
