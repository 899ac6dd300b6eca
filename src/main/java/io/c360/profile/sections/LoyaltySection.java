package io.c360.profile.sections;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.c360.avro.CustomerProfile;
import io.c360.avro.LoyaltyActivity;
import io.c360.avro.LoyaltyEntry;
import io.c360.avro.LoyaltySummary;
import io.c360.avro.TouchpointEvent;
import io.c360.profile.EventClock;
import io.c360.profile.ProfileSection;

/**
 * Loyalty tier, points and history. The balance is the one the loyalty system reported last in event time
 * (a late activity does not overwrite a newer balance); without reported balances it is earned − redeemed.
 */
public final class LoyaltySection implements ProfileSection {
    static final int HISTORY = 20;

    @Override
    public void apply(CustomerProfile profile, TouchpointEvent event, EventClock clock) {
        if (!(event.getPayload() instanceof LoyaltyActivity activity)) {
            return;
        }
        LoyaltySummary l = profile.getLoyalty();
        if (activity.getPoints() >= 0) {
            l.setPointsEarned(l.getPointsEarned() + activity.getPoints());
        } else {
            l.setPointsRedeemed(l.getPointsRedeemed() - activity.getPoints());
        }
        boolean newest = l.getBalanceAt() == null || !event.getEventTime().isBefore(l.getBalanceAt());
        if (newest) {
            l.setBalanceAt(event.getEventTime());
            if (activity.getTier() != null) {
                l.setTier(activity.getTier());
            }
        }
        if (activity.getBalance() != null && newest) {
            l.setPointsBalance(activity.getBalance());
        } else if (activity.getBalance() == null) {
            l.setPointsBalance(l.getPointsBalance() + activity.getPoints());
        }
        List<LoyaltyEntry> history = new ArrayList<>(l.getHistory());
        history.add(new LoyaltyEntry(event.getEventTime(), activity.getPoints(), activity.getBalance(),
            activity.getTier()));
        l.setHistory(newestFirst(history));
    }

    @Override
    public void merge(CustomerProfile survivor, CustomerProfile retired) {
        LoyaltySummary a = survivor.getLoyalty();
        LoyaltySummary b = retired.getLoyalty();
        a.setPointsEarned(a.getPointsEarned() + b.getPointsEarned());
        a.setPointsRedeemed(a.getPointsRedeemed() + b.getPointsRedeemed());
        a.setPointsBalance(a.getPointsBalance() + b.getPointsBalance());
        if (a.getBalanceAt() == null || (b.getBalanceAt() != null && b.getBalanceAt().isAfter(a.getBalanceAt()))) {
            a.setBalanceAt(b.getBalanceAt());
            a.setTier(b.getTier() != null ? b.getTier() : a.getTier());
        }
        List<LoyaltyEntry> history = new ArrayList<>(a.getHistory());
        history.addAll(b.getHistory());
        a.setHistory(newestFirst(history));
    }

    private static List<LoyaltyEntry> newestFirst(List<LoyaltyEntry> entries) {
        entries.sort(Comparator.comparing(LoyaltyEntry::getAt).reversed());
        return new ArrayList<>(entries.subList(0, Math.min(HISTORY, entries.size())));
    }
}
