package io.c360.profile.scores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.c360.avro.CustomerProfile;
import io.c360.avro.LifecycleStage;
import io.c360.avro.Scores;
import io.c360.profile.Profiles;
import org.junit.jupiter.api.Test;

class ScoreModelTest {
    private static final Instant NOW = Instant.parse("2026-11-25T00:00:00Z");
    private final ScoreModel model = new ScoreModel();

    private static CustomerProfile buyer(double revenue, Instant... purchases) {
        CustomerProfile p = Profiles.empty("c1", purchases.length == 0 ? NOW : purchases[0]);
        var c = p.getCommerce();
        c.setOrderCount(purchases.length);
        c.setRevenue(revenue);
        c.setAverageOrderValue(purchases.length == 0 ? 0 : revenue / purchases.length);
        if (purchases.length > 0) {
            c.setFirstPurchaseAt(purchases[0]);
            c.setLastPurchaseAt(purchases[purchases.length - 1]);
        }
        c.setPurchaseDays(new ArrayList<>(List.of(purchases)));
        return p;
    }

    private static Instant daysAgo(long days) {
        return NOW.minus(Duration.ofDays(days));
    }

    private Scores score(CustomerProfile p) {
        model.evaluate(p, NOW);
        return p.getScores();
    }

    @Test
    void aProspectHasNoPurchaseScores() {
        Scores s = score(buyer(0));
        assertEquals(LifecycleStage.PROSPECT, s.getLifecycleStage());
        assertNull(s.getRfm());
        assertEquals(0, s.getChurnRisk());
        assertNull(s.getExpectedNextPurchaseAt());
    }

    @Test
    void lifecycleFollowsTheTimeSinceTheLastPurchase() {
        assertEquals(LifecycleStage.NEW, score(buyer(50, daysAgo(20))).getLifecycleStage());
        assertEquals(LifecycleStage.ACTIVE, score(buyer(50, daysAgo(400), daysAgo(300), daysAgo(100))).getLifecycleStage());
        assertEquals(LifecycleStage.AT_RISK, score(buyer(50, daysAgo(300), daysAgo(200))).getLifecycleStage());
        assertEquals(LifecycleStage.LAPSED, score(buyer(50, daysAgo(500), daysAgo(400))).getLifecycleStage());
        assertEquals(LifecycleStage.WON_BACK, score(buyer(50, daysAgo(600), daysAgo(30))).getLifecycleStage());
    }

    @Test
    void churnRiskGrowsWithTheGapMeasuredInTheCustomersOwnPurchaseInterval() {
        Scores regular = score(buyer(300, daysAgo(70), daysAgo(40), daysAgo(10)));
        assertEquals(30, Duration.between(daysAgo(40), daysAgo(10)).toDays());
        assertEquals(1 - Math.exp(-10.0 / 60), regular.getChurnRisk(), 0.01);
        assertEquals(daysAgo(10).plus(Duration.ofDays(30)), regular.getExpectedNextPurchaseAt());
        Scores overdue = score(buyer(300, daysAgo(190), daysAgo(160), daysAgo(130)));
        assertTrue(overdue.getChurnRisk() > 0.85, "four intervals overdue: " + overdue.getChurnRisk());
        assertTrue(regular.getLtvPredicted() > overdue.getLtvPredicted());
        assertEquals(300, regular.getLtvHistorical(), 1e-9);
    }

    @Test
    void purchasesDaysApartDoNotMakeTheCustomerLookOverdueAMonthLater() {
        Scores s = score(buyer(90, daysAgo(35), daysAgo(33), daysAgo(31)));
        assertEquals(daysAgo(31).plus(Duration.ofDays(30)), s.getExpectedNextPurchaseAt());
        assertTrue(s.getChurnRisk() < 0.45, "one interval after the last purchase: " + s.getChurnRisk());
    }

    @Test
    void rfmUsesTheDocumentedThresholds() {
        Instant[] ten = new Instant[10];
        for (int i = 0; i < 10; i++) {
            ten[i] = daysAgo(100 - i * 10L);
        }
        Scores best = score(buyer(1200, ten));
        assertEquals("555", best.getRfm());
        Scores weak = score(buyer(40, daysAgo(400)));
        assertEquals("111", weak.getRfm());
        assertEquals(3, score(buyer(300, daysAgo(150), daysAgo(120), daysAgo(100), daysAgo(91))).getMonetaryScore());
    }
}
