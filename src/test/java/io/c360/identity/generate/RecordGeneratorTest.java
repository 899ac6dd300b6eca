package io.c360.identity.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The generator is deterministic per seed, exact in count, and its records carry the promised kinds of dirt. */
class RecordGeneratorTest {
    private static final RecordGenerator GENERATOR = new RecordGenerator();

    @Test
    void theSameSeedGivesTheSameRecordsAndAnotherSeedOthers() {
        assertEquals(rows(generate(500, 7)), rows(generate(500, 7)));
        assertNotEquals(rows(generate(500, 7)), rows(generate(500, 8)));
    }

    @Test
    void writesExactlyTheRecordsAskedFor() {
        assertEquals(0, generate(0, 1).size());
        assertEquals(1, generate(1, 1).size());
        assertEquals(2_345, generate(2_345, 1).size());
    }

    @Test
    void peopleHaveSeveralRecordsOftenTwiceInOneSource() {
        List<GeneratedRecord> records = generate(3_000, 3);
        Map<String, List<String>> sourcesByPerson = new HashMap<>();
        records.forEach(r -> sourcesByPerson.computeIfAbsent(r.entityId(), e -> new ArrayList<>()).add(r.source()));
        long multi = sourcesByPerson.values().stream().filter(s -> s.size() > 1).count();
        long twiceInOneSource = sourcesByPerson.values().stream().filter(s -> new HashSet<>(s).size() < s.size()).count();
        assertTrue(multi > sourcesByPerson.size() / 2, "most people have several records");
        assertTrue(twiceInOneSource > sourcesByPerson.size() / 10, "duplicates inside one source");
    }

    @Test
    void recordsCarryTheDirtOfRealSources() {
        List<GeneratedRecord> records = generate(5_000, 11);
        assertSome(records, GeneratedRecord.BIRTH_DATE, Pattern.compile("\\d{4}-\\d{2}-\\d{2}").asMatchPredicate());
        assertSome(records, GeneratedRecord.BIRTH_DATE, Pattern.compile("\\d{8}").asMatchPredicate());
        assertSome(records, GeneratedRecord.BIRTH_DATE, Pattern.compile("\\d{1,2} [A-Z][a-z]{2} \\d{4}").asMatchPredicate());
        assertSome(records, GeneratedRecord.BIRTH_DATE, Pattern.compile("\\d{4}/\\d{2}/\\d{2}").asMatchPredicate());
        assertSome(records, GeneratedRecord.BIRTH_DATE, v -> v.contains("T00:00:00"));
        assertSome(records, GeneratedRecord.PHONE, v -> v.startsWith("+"));
        assertSome(records, GeneratedRecord.PHONE, v -> v.startsWith("00"));
        assertSome(records, GeneratedRecord.PHONE, v -> v.startsWith("("));
        assertSome(records, GeneratedRecord.PHONE, v -> v.contains("-"));
        assertSome(records, GeneratedRecord.PHONE, v -> v.chars().anyMatch(c -> c >= '\uFF10' && c <= '\uFF19'));
        assertSome(records, GeneratedRecord.FIRST_NAME, v -> v.codePoints().anyMatch(c ->
            Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertSome(records, GeneratedRecord.LAST_NAME, v -> v.codePoints().anyMatch(c ->
            Character.UnicodeScript.of(c) == Character.UnicodeScript.THAI));
        assertSome(records, GeneratedRecord.EMAIL, v -> !v.equals(v.strip()) || !v.equals(v.toLowerCase()));
        long missingBirthDates = records.stream().filter(r -> r.values()[GeneratedRecord.BIRTH_DATE] == null).count();
        assertTrue(missingBirthDates > records.size() / 5, "many sources do not know the birth date");
    }

    private static void assertSome(List<GeneratedRecord> records, int column, Predicate<String> kind) {
        assertTrue(records.stream().map(r -> r.values()[column]).filter(v -> v != null).anyMatch(kind),
            "no " + GeneratedRecord.COLUMNS.get(column) + " of the expected kind");
    }

    private static List<GeneratedRecord> generate(long count, long seed) {
        List<GeneratedRecord> records = new ArrayList<>();
        GENERATOR.generate(count, seed, records::add);
        return records;
    }

    private static List<String> rows(List<GeneratedRecord> records) {
        return records.stream().map(r -> r.entityId() + r.source() + Arrays.toString(r.values())).toList();
    }
}
