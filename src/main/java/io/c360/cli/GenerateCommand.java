package io.c360.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.c360.identity.generate.GeneratedCsv;
import io.c360.identity.generate.RecordGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes dirty multi-source customer records and their ground truth, for {@code resolve} and {@code eval}. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Generate dirty multi-source customer records with ground truth (record_id,entity_id).")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--records", required = true, paramLabel = "N", description = "How many records to write.")
    long records;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S",
        description = "Random seed; the same seed gives the same records (default 42).")
    long seed;

    @Option(names = "--output", required = true, paramLabel = "FILE",
        description = "Records in the canonical layout of resolve (record_id, source, first_name, ...).")
    Path output;

    @Option(names = "--truth", required = true, paramLabel = "FILE", description = "Where to write record_id,entity_id.")
    Path truth;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        try (GeneratedCsv csv = GeneratedCsv.open(output, truth)) {
            new RecordGenerator().generate(records, seed, csv::write);
            System.out.printf(java.util.Locale.ROOT, "wrote %d records to %s and their truth to %s in %.1f s%n",
                csv.written(), output, truth, (System.nanoTime() - start) / 1e9);
        }
        return 0;
    }
}
