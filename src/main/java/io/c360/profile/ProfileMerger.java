package io.c360.profile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.c360.avro.CustomerProfile;

/**
 * Combines the profile of a retired customer into its survivor. Every event was applied to exactly one of
 * the two, so counters add up without double counting; sets are united and golden values re-chosen.
 */
public final class ProfileMerger {
    private final GoldenAttributes golden;
    private final List<ProfileSection> sections;

    public ProfileMerger(GoldenAttributes golden, List<ProfileSection> sections) {
        this.golden = golden;
        this.sections = List.copyOf(sections);
    }

    public CustomerProfile merge(CustomerProfile survivor, CustomerProfile retired) {
        CustomerProfile p = Profiles.copy(survivor);
        p.setCreatedAt(Times.min(p.getCreatedAt(), retired.getCreatedAt()));
        if (retired.getUpdatedAt().isAfter(p.getUpdatedAt())) {
            p.setUpdatedAt(retired.getUpdatedAt());
            p.setLastChannel(retired.getLastChannel());
        }
        p.setAttributes(golden.combine(p.getAttributes(), retired.getAttributes()));
        retired.getIdentifiers().forEach(ref -> ProfileCollections.addIdentifier(p.getIdentifiers(), ref));
        retired.getSourceRecords().forEach(ref -> ProfileCollections.addSourceRecord(p.getSourceRecords(), ref));
        p.setEventCount(p.getEventCount() + retired.getEventCount());
        p.setLateEvents(p.getLateEvents() + retired.getLateEvents());
        retired.getEventsBySource().forEach((source, n) -> p.getEventsBySource().merge(source, n, Long::sum));
        sections.forEach(section -> section.merge(p, retired));
        Set<String> mergedFrom = new LinkedHashSet<>(p.getMergedFrom());
        mergedFrom.add(retired.getCustomerId());
        mergedFrom.addAll(retired.getMergedFrom());
        p.setMergedFrom(new ArrayList<>(mergedFrom));
        List<String> recent = new ArrayList<>(new LinkedHashSet<>(concat(p.getRecentEventIds(),
            retired.getRecentEventIds())));
        p.setRecentEventIds(new ArrayList<>(recent.subList(
            Math.max(0, recent.size() - ProfileAggregator.RECENT_EVENT_IDS), recent.size())));
        return p;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
