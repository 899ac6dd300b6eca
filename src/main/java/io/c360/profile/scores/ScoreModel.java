package io.c360.profile.scores;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.c360.avro.CommerceSummary;
import io.c360.avro.CustomerProfile;
import io.c360.avro.LifecycleStage;
import io.c360.avro.Scores;

/**
 * Simple, explainable customer scores, evaluated as of a point in event time (never the wall clock):
 * <ul>
 * <li>purchase interval: the mean gap between the latest purchases, at least 30 days (purchases closer
 *     together are one shopping period, not a faster rhythm); 90 days with fewer than two purchases;</li>
 * <li>churn risk = 1 − e^(−days since last purchase / (2 × interval)): 0.39 one interval after the last
 *     purchase, 0.63 after two, 0.86 after four;</li>
 * <li>expected next purchase = last purchase + interval;</li>
 * <li>historical LTV = net revenue; predicted LTV = expected purchases in the next 12 months
 *     (365 / interval × (1 − churn risk)) × average order value;</li>
 * <li>RFM: recency, frequency and monetary scores 1..5 on fixed thresholds (see {@link RfmScores});</li>
 * <li>lifecycle: PROSPECT (no purchase), NEW (first purchase ≤ 90 days ago), WON_BACK (a purchase ≤ 90
 *     days ago after a gap of more than 365 days), ACTIVE (last purchase ≤ 180 days ago), AT_RISK (≤ 365),
 *     LAPSED (longer).</li>
 * </ul>
 */
public final class ScoreModel {
    static final Duration DEFAULT_INTERVAL = Duration.ofDays(90);
    static final Duration MIN_INTERVAL = Duration.ofDays(30);
    static final long NEW_DAYS = 90;
    static final long ACTIVE_DAYS = 180;
    static final long LAPSED_DAYS = 365;

    public void evaluate(CustomerProfile profile, Instant asOf) {
        Scores s = profile.getScores();
        CommerceSummary c = profile.getCommerce();
        s.setEvaluatedAt(asOf);
        s.setLtvHistorical(round(c.getRevenue()));
        if (c.getLastPurchaseAt() == null) {
            s.setLifecycleStage(LifecycleStage.PROSPECT);
            s.setRecencyScore(0);
            s.setFrequencyScore(0);
            s.setMonetaryScore(0);
            s.setRfm(null);
            s.setChurnRisk(0);
            s.setLtvPredicted(0);
            s.setExpectedNextPurchaseAt(null);
            return;
        }
        long daysSinceLast = Math.max(0, Duration.between(c.getLastPurchaseAt(), asOf).toDays());
        Duration interval = purchaseInterval(c.getPurchaseDays());
        double churn = 1 - Math.exp(-(double) daysSinceLast / (2.0 * Math.max(1, interval.toDays())));
        s.setChurnRisk(round(churn));
        s.setExpectedNextPurchaseAt(c.getLastPurchaseAt().plus(interval));
        double purchasesNextYear = 365.0 / Math.max(1, interval.toDays()) * (1 - churn);
        s.setLtvPredicted(round(purchasesNextYear * c.getAverageOrderValue()));
        RfmScores.apply(s, daysSinceLast, c.getOrderCount(), c.getRevenue());
        LifecycleStage stage = lifecycle(c, daysSinceLast, asOf);
        s.setLifecycleStage(stage);
        if (stage == LifecycleStage.LAPSED) {
            s.setWasLapsed(true);
        }
    }

    static LifecycleStage lifecycle(CommerceSummary c, long daysSinceLast, Instant asOf) {
        if (daysSinceLast <= NEW_DAYS && Duration.between(c.getFirstPurchaseAt(), asOf).toDays() <= NEW_DAYS) {
            return LifecycleStage.NEW;
        }
        if (daysSinceLast <= NEW_DAYS && longestRecentGapDays(c.getPurchaseDays()) > LAPSED_DAYS) {
            return LifecycleStage.WON_BACK;
        }
        if (daysSinceLast <= ACTIVE_DAYS) {
            return LifecycleStage.ACTIVE;
        }
        return daysSinceLast <= LAPSED_DAYS ? LifecycleStage.AT_RISK : LifecycleStage.LAPSED;
    }

    /** The gap before the latest purchase: more than a year means the customer had lapsed and came back. */
    private static long longestRecentGapDays(List<Instant> purchases) {
        int n = purchases.size();
        return n < 2 ? 0 : Duration.between(purchases.get(n - 2), purchases.get(n - 1)).toDays();
    }

    static Duration purchaseInterval(List<Instant> purchases) {
        if (purchases.size() < 2) {
            return DEFAULT_INTERVAL;
        }
        Duration span = Duration.between(purchases.get(0), purchases.get(purchases.size() - 1));
        Duration mean = span.dividedBy(purchases.size() - 1);
        return mean.compareTo(MIN_INTERVAL) < 0 ? MIN_INTERVAL : mean;
    }

    private static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
