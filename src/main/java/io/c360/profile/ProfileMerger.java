package io.c360.profile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.c360.avro.ConsentState;
import io.c360.avro.CustomerProfile;
import io.c360.avro.IdentifierRef;
import io.c360.avro.InteractionSummary;
import io.c360.avro.OrderSummary;
import io.c360.avro.SourceRecordRef;

/**
 * Combines profiles: a retired customer's into its survivor, or the contributions of a customer's source records
 * into its profile. Every event was applied to exactly one of the parts, so counters add up without double
 * counting; sets are united and golden values re-chosen.
 */
public final class ProfileMerger {
    private final GoldenAttributes golden;

    public ProfileMerger(GoldenAttributes golden) {
        this.golden = golden;
    }

    public CustomerProfile merge(CustomerProfile survivor, CustomerProfile retired) {
        CustomerProfile p = combine(survivor, retired);
        Set<String> mergedFrom = new LinkedHashSet<>(p.getMergedFrom());
        mergedFrom.add(retired.getCustomerId());
        mergedFrom.addAll(retired.getMergedFrom());
        p.setMergedFrom(new ArrayList<>(mergedFrom));
        return p;
    }

    /**
     * Adds a part (another customer's profile, or one source record's contribution) to a profile: counters add,
     * sets unite, golden values are re-chosen; which customers were merged in is the caller's business.
     */
    public CustomerProfile combine(CustomerProfile base, CustomerProfile part) {
        CustomerProfile p = Profiles.copy(base);
        p.setCreatedAt(ProfileAggregator.min(p.getCreatedAt(), part.getCreatedAt()));
        p.setUpdatedAt(ProfileAggregator.max(p.getUpdatedAt(), part.getUpdatedAt()));
        p.setAttributes(golden.combine(p.getAttributes(), part.getAttributes()));
        part.getIdentifiers().forEach(ref -> addIdentifier(p.getIdentifiers(), ref));
        part.getSourceRecords().forEach(ref -> addSourceRecord(p.getSourceRecords(), ref));
        p.setEventCount(p.getEventCount() + part.getEventCount());
        part.getEventsBySource().forEach((source, n) -> p.getEventsBySource().merge(source, n, Long::sum));
        p.setOrders(addOrders(p.getOrders(), part.getOrders()));
        p.setInteractions(addInteractions(p.getInteractions(), part.getInteractions()));
        part.getConsents().forEach((key, state) -> p.getConsents().merge(key, state, ProfileMerger::later));
        Set<String> recent = new LinkedHashSet<>(p.getRecentEventIds());
        recent.addAll(part.getRecentEventIds());
        List<String> recentList = new ArrayList<>(recent);
        p.setRecentEventIds(new ArrayList<>(recentList.subList(
            Math.max(0, recentList.size() - ProfileAggregator.RECENT_EVENT_IDS), recentList.size())));
        return p;
    }

    private static void addIdentifier(List<IdentifierRef> refs, IdentifierRef ref) {
        for (IdentifierRef existing : refs) {
            if (existing.getType().equals(ref.getType()) && existing.getValue().equals(ref.getValue())) {
                existing.setFirstSeen(ProfileAggregator.min(existing.getFirstSeen(), ref.getFirstSeen()));
                existing.setLastSeen(ProfileAggregator.max(existing.getLastSeen(), ref.getLastSeen()));
                return;
            }
        }
        refs.add(IdentifierRef.newBuilder(ref).build());
    }

    private static void addSourceRecord(List<SourceRecordRef> refs, SourceRecordRef ref) {
        for (SourceRecordRef existing : refs) {
            if (existing.getSource() == ref.getSource() && existing.getRecordId().equals(ref.getRecordId())) {
                existing.setLastSeen(ProfileAggregator.max(existing.getLastSeen(), ref.getLastSeen()));
                return;
            }
        }
        refs.add(SourceRecordRef.newBuilder(ref).build());
    }

    private static OrderSummary addOrders(OrderSummary a, OrderSummary b) {
        return OrderSummary.newBuilder()
            .setOrderCount(a.getOrderCount() + b.getOrderCount())
            .setReturnedCount(a.getReturnedCount() + b.getReturnedCount())
            .setRevenue(a.getRevenue() + b.getRevenue())
            .setCurrency(a.getCurrency() != null ? a.getCurrency() : b.getCurrency())
            .setFirstOrderAt(ProfileAggregator.min(a.getFirstOrderAt(), b.getFirstOrderAt()))
            .setLastOrderAt(ProfileAggregator.max(a.getLastOrderAt(), b.getLastOrderAt()))
            .build();
    }

    private static InteractionSummary addInteractions(InteractionSummary a, InteractionSummary b) {
        boolean bIsLater = a.getLastContactAt() == null
            || (b.getLastContactAt() != null && b.getLastContactAt().isAfter(a.getLastContactAt()));
        return InteractionSummary.newBuilder()
            .setPageViews(a.getPageViews() + b.getPageViews())
            .setServiceTickets(a.getServiceTickets() + b.getServiceTickets())
            .setComplaints(a.getComplaints() + b.getComplaints())
            .setSocialInteractions(a.getSocialInteractions() + b.getSocialInteractions())
            .setCampaignEvents(a.getCampaignEvents() + b.getCampaignEvents())
            .setLoyaltyPoints(a.getLoyaltyPoints() + b.getLoyaltyPoints())
            .setLastContactAt(bIsLater ? b.getLastContactAt() : a.getLastContactAt())
            .setLastChannel(bIsLater ? b.getLastChannel() : a.getLastChannel())
            .build();
    }

    private static ConsentState later(ConsentState a, ConsentState b) {
        return b.getLineage().getEventTime().isAfter(a.getLineage().getEventTime()) ? b : a;
    }
}
