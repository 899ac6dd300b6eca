package io.c360.identity.batch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.c360.identity.generate.GeneratedCsv;
import io.c360.identity.generate.RecordGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A quality regression test on generated records (households, twins, namesakes, movers, CJK and Thai names,
 * format variants), through the resolve command's path from CSV to clusters: the engine keeps F1 ≥ 0.95 and
 * clearly beats linking by e-mail alone. 2,000 records, a few seconds.
 */
class GeneratedQualityTest {
    private static final int RECORDS = 2_000;
    private static final long SEED = 2_024;
    @TempDir
    static Path dir;
    private static Path records;
    private static Map<String, String> truth;

    @BeforeAll
    static void generate() throws IOException {
        records = dir.resolve("records.csv");
        Path truthFile = dir.resolve("truth.csv");
        try (GeneratedCsv csv = GeneratedCsv.open(records, truthFile)) {
            new RecordGenerator().generate(RECORDS, SEED, csv::write);
        }
        truth = TruthFiles.readPairs(truthFile);
    }

    @Test
    void theEngineReachesTheTargetAndBeatsTheEmailOnlyBaseline() {
        ColumnMapping canonical = ColumnMapping.load(null, Map.of());
        BatchResolver resolver = Benchmarks.resolver(Benchmarks.config(), canonical);
        PairwiseMetrics engine = PairwiseMetrics.of(truth,
            Benchmarks.clusters(resolver.resolve(List.of(records), canonical)));
        PairwiseMetrics baseline = PairwiseMetrics.of(truth, Benchmarks.clusters(
            new EmailOnlyBaseline(Benchmarks.rows(Benchmarks.config(), canonical)).resolve(List.of(records), canonical)));

        assertTrue(engine.f1() >= 0.95, "engine: " + engine);
        assertTrue(engine.f1() >= baseline.f1() + 0.2, "engine: " + engine + "; e-mail only: " + baseline);
        assertTrue(engine.precision() >= baseline.precision(), "engine: " + engine + "; e-mail only: " + baseline);
    }
}
