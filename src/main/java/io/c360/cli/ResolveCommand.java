package io.c360.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.c360.config.AppConfig;
import io.c360.identity.batch.BatchResolver;
import io.c360.identity.batch.ColumnMapping;
import io.c360.identity.batch.EmailOnlyBaseline;
import io.c360.identity.batch.RowUpdates;
import io.c360.identity.engine.EventUpdates;
import io.c360.identity.engine.RecordKeys;
import io.c360.identity.engine.IdentityEngine;
import io.c360.standardize.TouchpointStandardizer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Batch identity resolution of CSV files with the same engine and rules as the streaming topology. */
@Command(name = "resolve", mixinStandardHelpOptions = true,
    description = "Resolve customer records in CSV files into customers; writes record_id,customer_id.")
final class ResolveCommand implements Callable<Integer> {
    static final String EMAIL_ONLY = "email-only";

    @Option(names = "--input", required = true, paramLabel = "FILE",
        description = "CSV file with a header; repeat to resolve several files together.")
    List<Path> inputs;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "Where to write record_id,customer_id.")
    Path output;

    @Option(names = "--mapping", paramLabel = "FILE", description = "Column mapping file, e.g. config/mapping-febrl.properties.")
    Path mappingFile;

    @Option(names = "--map", paramLabel = "COLUMN=FIELD", description = "Map one input column to a field (over --mapping).")
    Map<String, String> map = new LinkedHashMap<>();

    @Option(names = "--baseline", paramLabel = "NAME",
        description = "Instead of the engine, a baseline to compare it with: email-only (records sharing an e-mail "
            + "address are one customer, nothing else links).")
    String baseline;

    @Mixin
    ConfigOptions config = new ConfigOptions();

    @Override
    public Integer call() throws IOException {
        AppConfig appConfig = config.load(Map.of());
        ColumnMapping mapping = ColumnMapping.load(mappingFile, map);
        IdentityEngine engine = IdentityEngine.from(appConfig, false);
        int minYear = Integer.parseInt(mapping.option("csv.birth.year.min", "1850"));
        RowUpdates rows = new RowUpdates(new TouchpointStandardizer(appConfig.get("c360.phone.default.region"), minYear),
            new EventUpdates(engine.rules(), RecordKeys.CLEAR), mapping.option("default.country", null));
        BatchResolver.Result result = baseline == null ? new BatchResolver(engine, rows).resolve(inputs, mapping)
            : baseline(rows).resolve(inputs, mapping);
        write(result);
        System.out.printf(java.util.Locale.ROOT,
            "resolved %d records into %d customers in %.1f s (%.0f records/s); %d pairs for review%n",
            result.assignments().size(), result.customers(), result.nanos() / 1e9, result.recordsPerSecond(),
            result.reviews());
        if (!result.overshared().isEmpty()) {
            System.out.println("identifiers on too many records, no longer linking: "
                + String.join(", ", result.overshared().subList(0, Math.min(20, result.overshared().size())))
                + (result.overshared().size() > 20 ? " and " + (result.overshared().size() - 20) + " more" : ""));
        }
        return 0;
    }

    private EmailOnlyBaseline baseline(RowUpdates rows) {
        if (!baseline.equals(EMAIL_ONLY)) {
            throw new IllegalArgumentException("unknown --baseline '" + baseline + "'; known: " + EMAIL_ONLY);
        }
        return new EmailOnlyBaseline(rows);
    }

    private void write(BatchResolver.Result result) throws IOException {
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (BufferedWriter writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            printer.printRecord("record_id", "customer_id");
            for (String[] assignment : result.assignments()) {
                printer.printRecord((Object[]) assignment);
            }
        }
    }
}
