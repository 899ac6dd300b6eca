package io.c360.identity.batch;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.c360.config.AppConfig;
import io.c360.config.ConfigLoader;
import io.c360.identity.IdentityRules;
import io.c360.identity.engine.EventUpdates;
import io.c360.identity.engine.RecordKeys;
import io.c360.identity.engine.IdentityEngine;
import io.c360.standardize.TouchpointStandardizer;

/** The benchmark files of ../shared/data/er-benchmarks (override with -Dc360.benchmarks=DIR) and a resolver. */
public final class Benchmarks {
    private Benchmarks() {
    }

    public static Path file(String name) {
        Path dir = Path.of(System.getProperty("c360.benchmarks", "../shared/data/er-benchmarks"));
        Path file = dir.resolve(name);
        assumeTrue(Files.isRegularFile(file), "benchmark file " + file.toAbsolutePath() + " is not there");
        return file;
    }

    public static ColumnMapping febrlMapping() {
        return ColumnMapping.load(Path.of("config/mapping-febrl.properties"), Map.of());
    }

    public static AppConfig config() {
        return new AppConfig(ConfigLoader.defaults());
    }

    public static BatchResolver resolver(AppConfig config, ColumnMapping mapping) {
        return new BatchResolver(IdentityEngine.from(config, false), rows(config, mapping));
    }

    /** Rows to record updates as the resolve command makes them. */
    public static RowUpdates rows(AppConfig config, ColumnMapping mapping) {
        return new RowUpdates(new TouchpointStandardizer(config.get("c360.phone.default.region")),
            new EventUpdates(IdentityRules.from(config), RecordKeys.CLEAR), mapping.option("default.country", null));
    }

    public static Map<String, String> clusters(BatchResolver.Result result) {
        Map<String, String> clusters = new LinkedHashMap<>();
        result.assignments().forEach(a -> clusters.put(a[0], a[1]));
        return clusters;
    }

    public static Map<String, String> febrlTruth(List<Path> files) {
        return TruthFiles.fromBenchmark(files, "rec_id", "febrl", ",");
    }
}
