package io.c360.identity.batch;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * How the columns of an input file map to record fields. Without a mapping, columns named like a field are
 * that field (the canonical layout); other layouts name their columns with {@code column=field}, on the command
 * line or in a mapping file, where several columns may feed one field (joined with a space, in file order:
 * street_number and address_1 make the street). Options of the file format: {@code csv.delimiter},
 * {@code csv.null} (a value meaning missing, e.g. NA), {@code csv.birth.year.min}, {@code default.source},
 * {@code default.country}.
 */
public final class ColumnMapping {
    public static final String RECORD_ID = "record_id";
    public static final String SOURCE = "source";
    public static final String IGNORE = "ignore";
    /** Every field a column can map to. */
    public static final Set<String> FIELDS = Set.of(RECORD_ID, SOURCE, "first_name", "middle_name", "last_name",
        "full_name", "email", "phone", "street", "unit", "city", "postcode", "region", "country", "birth_date",
        "birth_year", "birth_month", "birth_day", "gender", "national_id", "loyalty_id", "crm_id", "ecommerce_id",
        "pos_customer_id", "device_id", "cookie_id", "social_handle", IGNORE);

    private final Map<String, String> fieldByColumn;
    private final Map<String, String> options;

    public ColumnMapping(Map<String, String> fieldByColumn, Map<String, String> options) {
        for (Map.Entry<String, String> entry : fieldByColumn.entrySet()) {
            if (!FIELDS.contains(entry.getValue())) {
                throw new IllegalArgumentException("column '" + entry.getKey() + "' maps to unknown field '"
                    + entry.getValue() + "'; fields are " + new java.util.TreeSet<>(FIELDS));
            }
        }
        this.fieldByColumn = Map.copyOf(fieldByColumn);
        this.options = Map.copyOf(options);
    }

    /** A mapping file (properties: column=field and the csv./default. options), then --map pairs over it. */
    public static ColumnMapping load(Path file, Map<String, String> overrides) {
        Map<String, String> entries = new LinkedHashMap<>();
        if (file != null) {
            entries.putAll(read(file));
        }
        entries.putAll(overrides);
        Map<String, String> columns = new LinkedHashMap<>();
        Map<String, String> options = new LinkedHashMap<>();
        entries.forEach((key, value) -> {
            if (key.startsWith("csv.") || key.startsWith("default.")) {
                options.put(key, value.strip());
            } else {
                columns.put(key.strip(), value.strip().toLowerCase(Locale.ROOT));
            }
        });
        return new ColumnMapping(columns, options);
    }

    private static Map<String, String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("mapping file " + file + " does not exist");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties props = new Properties();
            props.load(reader);
            Map<String, String> entries = new LinkedHashMap<>();
            props.stringPropertyNames().stream().sorted().forEach(k -> entries.put(k, props.getProperty(k)));
            return entries;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read mapping file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The field of each header column, in order; a column that is not mapped and is no field name is ignored. */
    public List<String> fieldsOf(List<String> header) {
        List<String> fields = new ArrayList<>(header.size());
        for (String column : header) {
            String name = column.strip();
            String field = fieldByColumn.get(name);
            if (field == null) {
                String canonical = name.toLowerCase(Locale.ROOT);
                field = fieldByColumn.isEmpty() && FIELDS.contains(canonical) ? canonical : IGNORE;
            }
            fields.add(field);
        }
        for (String column : fieldByColumn.keySet()) {
            if (header.stream().noneMatch(h -> h.strip().equals(column))) {
                throw new IllegalArgumentException("the mapping names column '" + column + "', which the input does "
                    + "not have; its columns are " + header);
            }
        }
        if (!fields.contains(RECORD_ID)) {
            throw new IllegalArgumentException("no column is the record_id; map one with --map COLUMN=record_id");
        }
        return fields;
    }

    public String option(String key, String fallback) {
        return options.getOrDefault(key, fallback);
    }
}
