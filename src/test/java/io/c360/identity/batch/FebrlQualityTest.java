package io.c360.identity.batch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A quality regression test on a real benchmark: FEBRL dataset 1 (1,000 records, 500 true pairs), in seconds. */
class FebrlQualityTest {
    @Test
    void febrl1ReachesTheTargetPrecisionAndRecall() {
        Path file = Benchmarks.file("febrl_dataset1.csv");
        ColumnMapping mapping = Benchmarks.febrlMapping();
        BatchResolver.Result result = Benchmarks.resolver(Benchmarks.config(), mapping).resolve(List.of(file), mapping);

        PairwiseMetrics metrics = PairwiseMetrics.of(Benchmarks.febrlTruth(List.of(file)), Benchmarks.clusters(result));

        assertTrue(metrics.precision() >= 0.99, metrics::toString);
        assertTrue(metrics.recall() >= 0.97, metrics::toString);
    }
}
