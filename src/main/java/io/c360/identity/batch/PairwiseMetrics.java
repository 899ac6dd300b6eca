package io.c360.identity.batch;

import java.util.HashMap;
import java.util.Map;

/**
 * Pairwise precision, recall and F1 of a clustering against the truth: a pair of records is predicted when both
 * are in one cluster and true when both are one entity. Counted from the contingency table, never pair by pair.
 */
public record PairwiseMetrics(long truePairs, long predictedPairs, long correctPairs) {

    /**
     * @param truth    record id → entity id (records without an entity are their own entity)
     * @param clusters record id → cluster id; must hold the same records as the truth
     */
    public static PairwiseMetrics of(Map<String, String> truth, Map<String, String> clusters) {
        if (!truth.keySet().equals(clusters.keySet())) {
            long missing = truth.keySet().stream().filter(id -> !clusters.containsKey(id)).count();
            long extra = clusters.keySet().stream().filter(id -> !truth.containsKey(id)).count();
            throw new IllegalArgumentException("truth and clusters hold different records: " + missing
                + " in the truth only, " + extra + " in the clusters only");
        }
        Map<String, Long> entitySizes = new HashMap<>();
        Map<String, Long> clusterSizes = new HashMap<>();
        Map<String, Long> cells = new HashMap<>();
        truth.forEach((record, entity) -> {
            String cluster = clusters.get(record);
            entitySizes.merge(entity, 1L, Long::sum);
            clusterSizes.merge(cluster, 1L, Long::sum);
            cells.merge(entity + "\u0000" + cluster, 1L, Long::sum);
        });
        return new PairwiseMetrics(pairs(entitySizes), pairs(clusterSizes), pairs(cells));
    }

    private static long pairs(Map<String, Long> sizes) {
        return sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    }

    public double precision() {
        return predictedPairs == 0 ? 1.0 : (double) correctPairs / predictedPairs;
    }

    public double recall() {
        return truePairs == 0 ? 1.0 : (double) correctPairs / truePairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
            "precision %.4f  recall %.4f  F1 %.4f  (true pairs %d, predicted %d, correct %d)",
            precision(), recall(), f1(), truePairs, predictedPairs, correctPairs);
    }
}
