package io.c360.identity.batch;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Two-column files (record id, entity or cluster id) with a header: the truth and the resolve output. And the
 * truth of benchmark files: from an entity column, or from FEBRL record ids (rec-N-org, rec-N-dup-k: entity N).
 */
public final class TruthFiles {
    private static final Pattern FEBRL_ID = Pattern.compile("rec-(\\d+)-(org|dup-\\d+)");

    private TruthFiles() {
    }

    /** record id → second column; an empty second column makes the record its own entity. */
    public static Map<String, String> readPairs(Path file) {
        Map<String, String> pairs = new LinkedHashMap<>();
        forEachRecord(file, CSVFormat.DEFAULT, record -> {
            if (record.size() < 2) {
                throw new IllegalArgumentException(file + " line " + record.getRecordNumber()
                    + ": expected two columns (record id, entity id)");
            }
            String id = record.get(0).strip();
            String entity = record.get(1).strip();
            if (pairs.put(id, entity.isEmpty() ? "\u0000" + id : entity) != null) {
                throw new IllegalArgumentException(file + ": record id '" + id + "' appears twice");
            }
        });
        return pairs;
    }

    /**
     * The truth of a benchmark file: record id → entity, read from the named columns of a CSV file with a header;
     * with {@code entityColumn} "febrl" the entity is the N of FEBRL record ids.
     */
    public static Map<String, String> fromBenchmark(List<Path> files, String recordColumn, String entityColumn,
                                                    String delimiter) {
        Map<String, String> truth = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).setTrim(true).get();
        for (Path file : files) {
            forEachRecord(file, format, record -> {
                String id = column(record, recordColumn, file);
                String entity = entityColumn.equals("febrl") ? febrlEntity(id, file) : column(record, entityColumn, file);
                truth.put(id, entity.isEmpty() ? "\u0000" + id : entity);
            });
        }
        return truth;
    }

    private static String column(CSVRecord record, String name, Path file) {
        for (Map.Entry<String, String> entry : record.toMap().entrySet()) {
            if (entry.getKey().strip().equals(name)) {
                return entry.getValue() == null ? "" : entry.getValue().strip();
            }
        }
        throw new IllegalArgumentException(file + " has no column '" + name + "'");
    }

    private static String febrlEntity(String id, Path file) {
        Matcher matcher = FEBRL_ID.matcher(id);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(file + ": '" + id + "' is not a FEBRL record id (rec-N-org, rec-N-dup-k)");
        }
        return matcher.group(1);
    }

    private static void forEachRecord(Path file, CSVFormat format, java.util.function.Consumer<CSVRecord> action) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            boolean first = format.getHeader() == null;
            for (CSVRecord record : parser) {
                if (first) {
                    first = false;
                    continue;
                }
                action.accept(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
