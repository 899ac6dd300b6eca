package io.c360.profile.scores;

import io.c360.avro.Scores;

/**
 * RFM on fixed, documented thresholds (population quantiles would need a global pass; fixed thresholds keep
 * a customer's score explainable on its own):
 * recency days ≤30 → 5, ≤90 → 4, ≤180 → 3, ≤365 → 2, else 1;
 * frequency orders ≥10 → 5, ≥6 → 4, ≥4 → 3, ≥2 → 2, else 1;
 * monetary revenue ≥1000 → 5, ≥500 → 4, ≥250 → 3, ≥100 → 2, else 1.
 */
final class RfmScores {
    private static final long[] RECENCY_DAYS = {30, 90, 180, 365};
    private static final long[] FREQUENCY_ORDERS = {10, 6, 4, 2};
    private static final double[] MONETARY = {1000, 500, 250, 100};

    private RfmScores() {
    }

    static void apply(Scores s, long daysSinceLast, long orders, double revenue) {
        int r = 1;
        for (int i = RECENCY_DAYS.length - 1; i >= 0; i--) {
            if (daysSinceLast <= RECENCY_DAYS[i]) {
                r = 5 - i;
            }
        }
        int f = 1;
        for (int i = 0; i < FREQUENCY_ORDERS.length; i++) {
            if (orders >= FREQUENCY_ORDERS[i]) {
                f = 5 - i;
                break;
            }
        }
        int m = 1;
        for (int i = 0; i < MONETARY.length; i++) {
            if (revenue >= MONETARY[i]) {
                m = 5 - i;
                break;
            }
        }
        s.setRecencyScore(r);
        s.setFrequencyScore(f);
        s.setMonetaryScore(m);
        s.setRfm("" + r + f + m);
    }
}
