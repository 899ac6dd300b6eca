package io.c360.identity.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes generated records in the canonical layout of {@code c360 resolve} (record_id, source, first_name, ...)
 * and their truth (record_id, entity_id), one record at a time. A record id is its source and its position:
 * CRM-0000042.
 */
public final class GeneratedCsv implements AutoCloseable {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private final CSVPrinter records;
    private final CSVPrinter truth;
    private long written;

    private GeneratedCsv(CSVPrinter records, CSVPrinter truth) {
        this.records = records;
        this.truth = truth;
    }

    public static GeneratedCsv open(Path recordsFile, Path truthFile) throws IOException {
        CSVPrinter records = printer(recordsFile);
        CSVPrinter truth = null;
        try {
            truth = printer(truthFile);
            List<String> header = new ArrayList<>(List.of("record_id", "source"));
            header.addAll(GeneratedRecord.COLUMNS);
            records.printRecord(header);
            truth.printRecord("record_id", "entity_id");
            return new GeneratedCsv(records, truth);
        } catch (IOException | RuntimeException e) {
            try (records; CSVPrinter opened = truth) {
                throw e;
            }
        }
    }

    public void write(GeneratedRecord record) {
        String id = String.format(Locale.ROOT, "%s-%07d", record.source(), ++written);
        List<String> row = new ArrayList<>(GeneratedRecord.COLUMNS.size() + 2);
        row.add(id);
        row.add(record.source());
        row.addAll(java.util.Arrays.asList(record.values()));
        try {
            records.printRecord(row);
            truth.printRecord(id, record.entityId());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write generated records: " + e.getMessage(), e);
        }
    }

    public long written() {
        return written;
    }

    @Override
    public void close() throws IOException {
        try (records; truth) {
            records.flush();
            truth.flush();
        }
    }

    private static CSVPrinter printer(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(writer, FORMAT);
    }
}
