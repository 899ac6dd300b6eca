package io.c360.identity.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

class PairwiseMetricsTest {
    @Test
    void countsPairsFromTheContingencyTable() {
        Map<String, String> truth = Map.of("a", "1", "b", "1", "c", "1", "d", "2", "e", "2");
        Map<String, String> clusters = Map.of("a", "x", "b", "x", "c", "y", "d", "y", "e", "z");

        PairwiseMetrics m = PairwiseMetrics.of(truth, clusters);

        assertEquals(4, m.truePairs());
        assertEquals(2, m.predictedPairs());
        assertEquals(1, m.correctPairs());
        assertEquals(0.5, m.precision(), 1e-9);
        assertEquals(0.25, m.recall(), 1e-9);
        assertEquals(1.0 / 3, m.f1(), 1e-9);
    }

    @Test
    void differentRecordSetsAreAnError() {
        assertThrows(IllegalArgumentException.class,
            () -> PairwiseMetrics.of(Map.of("a", "1"), Map.of("a", "x", "b", "y")));
    }
}
