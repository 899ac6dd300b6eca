package io.c360.identity.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The final clustering does not depend on arrival order: the same records, shuffled with many seeds, give the
 * same partition into customers (compared as sets of record ids, since ids name clusters). FEBRL 3 has clusters
 * of up to six records with corrupted fields, so links, merge protection and re-clustering all come into play.
 */
class OrderIndependenceTest {
    private static final int RECORDS = 600;
    private static Set<Set<String>> reference;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233})
    void shuffledInputGivesTheSameCustomers(long seed) {
        ColumnMapping mapping = Benchmarks.febrlMapping();
        List<InputRow> rows = CsvRecords.readAll(List.of(Benchmarks.file("febrl_dataset3.csv")), mapping)
            .subList(0, RECORDS);
        Set<Set<String>> expected = reference(rows, mapping);
        List<InputRow> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(seed));

        assertEquals(expected, partition(Benchmarks.resolver(Benchmarks.config(), mapping).resolve(shuffled)));
    }

    private static synchronized Set<Set<String>> reference(List<InputRow> rows, ColumnMapping mapping) {
        if (reference == null) {
            reference = partition(Benchmarks.resolver(Benchmarks.config(), mapping).resolve(rows));
        }
        return reference;
    }

    static Set<Set<String>> partition(BatchResolver.Result result) {
        Map<String, Set<String>> byCustomer = new TreeMap<>();
        for (String[] assignment : result.assignments()) {
            byCustomer.computeIfAbsent(assignment[1], c -> new TreeSet<>()).add(assignment[0]);
        }
        return byCustomer.values().stream().collect(Collectors.toSet());
    }

}
