package io.c360.profile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.c360.avro.CustomerProfile;

/**
 * Combines profiles: the contributions of a customer's source records into its profile, or a retired
 * customer's profile into its survivor. Every event was applied to exactly one of the parts, so counters
 * add up without double counting; sets are united and golden values re-chosen.
 */
public final class ProfileMerger {
    private final GoldenAttributes golden;
    private final List<ProfileSection> sections;

    public ProfileMerger(GoldenAttributes golden, List<ProfileSection> sections) {
        this.golden = golden;
        this.sections = List.copyOf(sections);
    }

    /** The survivor with the retired customer's profile added, remembering that it was merged in. */
    public CustomerProfile merge(CustomerProfile survivor, CustomerProfile retired) {
        CustomerProfile p = combine(survivor, retired);
        Set<String> mergedFrom = new LinkedHashSet<>(p.getMergedFrom());
        mergedFrom.add(retired.getCustomerId());
        mergedFrom.addAll(retired.getMergedFrom());
        p.setMergedFrom(new ArrayList<>(mergedFrom));
        return p;
    }

    /** Adds a part (a source record's contribution, or another customer's profile) to a profile. */
    public CustomerProfile combine(CustomerProfile base, CustomerProfile part) {
        CustomerProfile p = Profiles.copy(base);
        addTo(p, part);
        return p;
    }

    /**
     * Adds a part to a profile in place. For a profile being built from parts that nothing else holds: a deep
     * copy of the growing profile per part was a fifth of the profile stage. {@code target} may take over
     * objects of {@code part}, so the part must not be used afterwards.
     */
    public void addTo(CustomerProfile p, CustomerProfile part) {
        p.setCreatedAt(Times.min(p.getCreatedAt(), part.getCreatedAt()));
        if (part.getUpdatedAt().isAfter(p.getUpdatedAt())) {
            p.setUpdatedAt(part.getUpdatedAt());
            p.setLastChannel(part.getLastChannel());
        }
        p.setAttributes(golden.combine(p.getAttributes(), part.getAttributes()));
        part.getIdentifiers().forEach(ref -> ProfileCollections.addIdentifier(p.getIdentifiers(), ref));
        part.getSourceRecords().forEach(ref -> ProfileCollections.addSourceRecord(p.getSourceRecords(), ref));
        p.setEventCount(p.getEventCount() + part.getEventCount());
        p.setLateEvents(p.getLateEvents() + part.getLateEvents());
        part.getEventsBySource().forEach((source, n) -> p.getEventsBySource().merge(source, n, Long::sum));
        sections.forEach(section -> section.merge(p, part));
        List<String> recent = new ArrayList<>(new LinkedHashSet<>(concat(p.getRecentEventIds(),
            part.getRecentEventIds())));
        p.setRecentEventIds(new ArrayList<>(recent.subList(
            Math.max(0, recent.size() - ProfileAggregator.RECENT_EVENT_IDS), recent.size())));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
