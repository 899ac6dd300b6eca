package io.c360.profile.sections;

import java.util.Comparator;
import java.util.Map;

import io.c360.avro.CampaignEngagement;
import io.c360.avro.CustomerProfile;
import io.c360.avro.EngagementCounters;
import io.c360.avro.MarketingSummary;
import io.c360.avro.TouchpointEvent;
import io.c360.profile.EventClock;
import io.c360.profile.ProfileSection;
import io.c360.profile.Times;

/** Sends, opens, clicks and conversions, in total, per campaign (the latest 20) and per channel. */
public final class MarketingSection implements ProfileSection {
    static final int CAMPAIGNS = 20;

    @Override
    public void apply(CustomerProfile profile, TouchpointEvent event, EventClock clock) {
        if (!(event.getPayload() instanceof CampaignEngagement engagement)) {
            return;
        }
        MarketingSummary m = profile.getMarketing();
        count(m.getTotals(), engagement, event);
        count(m.getByCampaign().computeIfAbsent(engagement.getCampaignId(), id -> newCounters()), engagement, event);
        String channel = engagement.getCampaignChannel() == null ? "unknown" : engagement.getCampaignChannel();
        count(m.getByChannel().computeIfAbsent(channel, c -> newCounters()), engagement, event);
        keepLatestCampaigns(m.getByCampaign());
    }

    @Override
    public void merge(CustomerProfile survivor, CustomerProfile retired) {
        MarketingSummary a = survivor.getMarketing();
        MarketingSummary b = retired.getMarketing();
        add(a.getTotals(), b.getTotals());
        b.getByCampaign().forEach((id, c) -> add(a.getByCampaign().computeIfAbsent(id, x -> newCounters()), c));
        b.getByChannel().forEach((id, c) -> add(a.getByChannel().computeIfAbsent(id, x -> newCounters()), c));
        keepLatestCampaigns(a.getByCampaign());
    }

    static EngagementCounters newCounters() {
        return EngagementCounters.newBuilder().build();
    }

    private static void count(EngagementCounters c, CampaignEngagement engagement, TouchpointEvent event) {
        switch (engagement.getAction()) {
            case SENT -> c.setSent(c.getSent() + 1);
            case DELIVERED -> c.setDelivered(c.getDelivered() + 1);
            case OPENED -> c.setOpened(c.getOpened() + 1);
            case CLICKED -> c.setClicked(c.getClicked() + 1);
            case CONVERTED -> c.setConverted(c.getConverted() + 1);
            case UNSUBSCRIBED -> c.setUnsubscribed(c.getUnsubscribed() + 1);
            case BOUNCED -> c.setBounced(c.getBounced() + 1);
            default -> throw new IllegalStateException("unknown engagement action " + engagement.getAction());
        }
        c.setLastAt(Times.max(c.getLastAt(), event.getEventTime()));
    }

    private static void add(EngagementCounters a, EngagementCounters b) {
        a.setSent(a.getSent() + b.getSent());
        a.setDelivered(a.getDelivered() + b.getDelivered());
        a.setOpened(a.getOpened() + b.getOpened());
        a.setClicked(a.getClicked() + b.getClicked());
        a.setConverted(a.getConverted() + b.getConverted());
        a.setUnsubscribed(a.getUnsubscribed() + b.getUnsubscribed());
        a.setBounced(a.getBounced() + b.getBounced());
        a.setLastAt(Times.max(a.getLastAt(), b.getLastAt()));
    }

    private static void keepLatestCampaigns(Map<String, EngagementCounters> byCampaign) {
        while (byCampaign.size() > CAMPAIGNS) {
            byCampaign.entrySet().stream()
                .min(Comparator.comparing((Map.Entry<String, EngagementCounters> e) -> e.getValue().getLastAt(),
                    Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Map.Entry::getKey))
                .ifPresent(oldest -> byCampaign.remove(oldest.getKey()));
        }
    }
}
