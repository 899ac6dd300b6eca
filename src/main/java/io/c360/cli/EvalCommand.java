package io.c360.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.c360.identity.batch.PairwiseMetrics;
import io.c360.identity.batch.TruthFiles;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Pairwise precision, recall and F1 of a resolve output against the truth. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Pairwise precision, recall and F1 of clusters against the truth.")
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--clusters", required = true, paramLabel = "FILE", description = "record_id,customer_id (resolve's output).")
    Path clusters;

    @ArgGroup(exclusive = true, multiplicity = "1")
    TruthSource truth;

    static final class TruthSource {
        @Option(names = "--truth", paramLabel = "FILE", description = "record_id,entity_id with a header.")
        Path file;

        @ArgGroup(exclusive = false)
        Benchmark benchmark;
    }

    static final class Benchmark {
        @Option(names = "--truth-from", required = true, paramLabel = "FILE",
            description = "Benchmark file(s) holding the truth; repeat for several.")
        List<Path> files;

        @Option(names = "--entity-column", required = true, paramLabel = "NAME",
            description = "Column of the entity id, or 'febrl' to read it from FEBRL record ids.")
        String entityColumn;

        @Option(names = "--record-column", required = true, paramLabel = "NAME", description = "Column of the record id.")
        String recordColumn;

        @Option(names = "--delimiter", defaultValue = ",", description = "Field separator (default ',').")
        String delimiter;
    }

    @Override
    public Integer call() {
        Map<String, String> truthById = truth.file != null ? TruthFiles.readPairs(truth.file)
            : TruthFiles.fromBenchmark(truth.benchmark.files, truth.benchmark.recordColumn,
                truth.benchmark.entityColumn, truth.benchmark.delimiter);
        PairwiseMetrics metrics = PairwiseMetrics.of(truthById, TruthFiles.readPairs(clusters));
        System.out.println(metrics);
        return 0;
    }
}
