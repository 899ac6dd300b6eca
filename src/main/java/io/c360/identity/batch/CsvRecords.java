package io.c360.identity.batch;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads customer records from CSV files with a header (commons-csv: quoted fields, embedded newlines, any line
 * ending). Values are trimmed; empty values and the configured null marker are missing. A record id seen twice
 * is an error, since the output has one line per record.
 */
public final class CsvRecords {
    private CsvRecords() {
    }

    public static void read(List<Path> files, ColumnMapping mapping, Consumer<InputRow> sink) {
        Set<String> seen = new HashSet<>();
        for (Path file : files) {
            readFile(file, mapping, row -> {
                if (!seen.add(row.source() + ":" + row.recordId())) {
                    throw new IllegalArgumentException(file + " line " + row.lineNumber() + ": record id '"
                        + row.recordId() + "' appears twice");
                }
                sink.accept(row);
            });
        }
    }

    private static void readFile(Path file, ColumnMapping mapping, Consumer<InputRow> sink) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such input file: " + file);
        }
        String delimiter = mapping.option("csv.delimiter", ",");
        String nullValue = mapping.option("csv.null", "");
        String defaultSource = mapping.option("default.source", stem(file));
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).setTrim(true).setIgnoreEmptyLines(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<String> fields = mapping.fieldsOf(parser.getHeaderNames());
            for (CSVRecord line : parser) {
                sink.accept(row(file, line, fields, nullValue, defaultSource));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException(file + " is not valid CSV: " + e.getMessage(), e);
        }
    }

    private static InputRow row(Path file, CSVRecord line, List<String> fields, String nullValue, String defaultSource) {
        if (line.size() > fields.size()) {
            throw new IllegalArgumentException(file + " line " + line.getParser().getCurrentLineNumber() + ": "
                + line.size() + " values but the header has " + fields.size() + " columns");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < line.size(); i++) {
            String value = line.get(i).strip();
            String field = fields.get(i);
            if (value.isEmpty() || value.equals(nullValue) || field.equals(ColumnMapping.IGNORE)) {
                continue;
            }
            values.merge(field, value, (a, b) -> a + " " + b);
        }
        String recordId = values.remove(ColumnMapping.RECORD_ID);
        if (recordId == null) {
            throw new IllegalArgumentException(file + " line " + line.getParser().getCurrentLineNumber()
                + ": the record id is empty");
        }
        String source = values.remove(ColumnMapping.SOURCE);
        return new InputRow(recordId, (source == null ? defaultSource : source).toUpperCase(Locale.ROOT), values,
            line.getParser().getCurrentLineNumber());
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** All rows of the files, for callers that need them twice (tests, small inputs). */
    public static List<InputRow> readAll(List<Path> files, ColumnMapping mapping) {
        List<InputRow> rows = new ArrayList<>();
        read(files, mapping, rows::add);
        return rows;
    }
}
