package io.c360.identity.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.c360.identity.IdentifierType;
import io.c360.identity.engine.RecordUpdate;

/**
 * The comparison every identity engine should beat: records are one customer exactly when they are connected
 * by a shared e-mail address, standardized and junk-filtered as the engine does it, and by nothing else. It
 * finds neither the records without an e-mail nor the same person under two addresses, and it takes a family
 * mailbox for one person.
 */
public final class EmailOnlyBaseline {
    private static final String EMAIL = IdentifierType.EMAIL.fieldName() + ":";

    private final RowUpdates rows;

    public EmailOnlyBaseline(RowUpdates rows) {
        this.rows = rows;
    }

    public BatchResolver.Result resolve(List<Path> inputs, ColumnMapping mapping) {
        Map<String, String> parent = new HashMap<>();
        List<String[]> order = new ArrayList<>();
        long start = System.nanoTime();
        CsvRecords.read(inputs, mapping, row -> {
            RecordUpdate update = rows.toUpdate(row);
            parent.putIfAbsent(update.recordKey(), update.recordKey());
            for (String identifier : update.identifiers()) {
                if (identifier.startsWith(EMAIL)) {
                    parent.putIfAbsent(identifier, identifier);
                    union(parent, update.recordKey(), identifier);
                }
            }
            order.add(new String[] {row.recordId(), update.recordKey()});
        });
        Map<String, String> customerByRoot = new HashMap<>();
        for (String[] record : order) {
            customerByRoot.merge(root(parent, record[1]), record[1], (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        List<String[]> assignments = new ArrayList<>(order.size());
        for (String[] record : order) {
            assignments.add(new String[] {record[0], customerByRoot.get(root(parent, record[1]))});
        }
        return new BatchResolver.Result(assignments, customerByRoot.size(), 0, List.of(), System.nanoTime() - start);
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String rootA = root(parent, a);
        String rootB = root(parent, b);
        if (!rootA.equals(rootB)) {
            parent.put(rootA, rootB);
        }
    }

    private static String root(Map<String, String> parent, String node) {
        String root = node;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        String walk = node;
        while (!walk.equals(root)) {
            String next = parent.get(walk);
            parent.put(walk, root);
            walk = next;
        }
        return root;
    }
}
