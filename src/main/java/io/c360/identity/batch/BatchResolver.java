package io.c360.identity.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.c360.avro.IndexEntry;
import io.c360.identity.engine.BlockingKeys;
import io.c360.identity.engine.IdentityEngine;
import io.c360.identity.engine.MapIdentityState;
import io.c360.identity.engine.RecordUpdate;

/**
 * The resolve command's work: every input record through the identity engine, one at a time as a stream would
 * deliver them, on in-memory state; then each record's customer.
 */
public final class BatchResolver {
    /** The outcome: a customer per record in input order, and what a person should know about the run. */
    public record Result(List<String[]> assignments, int customers, int reviews, List<String> overshared,
                         long nanos) {
        public double recordsPerSecond() {
            return assignments.size() / (nanos / 1e9);
        }
    }

    private final IdentityEngine engine;
    private final RowUpdates rows;

    public BatchResolver(IdentityEngine engine, RowUpdates rows) {
        this.engine = engine;
        this.rows = rows;
    }

    public Result resolve(List<Path> inputs, ColumnMapping mapping) {
        MapIdentityState state = new MapIdentityState();
        List<String[]> order = new ArrayList<>();
        long start = System.nanoTime();
        CsvRecords.read(inputs, mapping, row -> {
            RecordUpdate update = rows.toUpdate(row);
            engine.resolve(update, state);
            order.add(new String[] {row.recordId(), update.recordKey()});
        });
        return finish(order, state, System.nanoTime() - start);
    }

    /** Resolves rows already read (tests, the generator's self-check). */
    public Result resolve(List<InputRow> input) {
        MapIdentityState state = new MapIdentityState();
        List<String[]> order = new ArrayList<>();
        long start = System.nanoTime();
        for (InputRow row : input) {
            RecordUpdate update = rows.toUpdate(row);
            engine.resolve(update, state);
            order.add(new String[] {row.recordId(), update.recordKey()});
        }
        return finish(order, state, System.nanoTime() - start);
    }

    private static Result finish(List<String[]> order, MapIdentityState state, long nanos) {
        List<String[]> assignments = new ArrayList<>(order.size());
        for (String[] record : order) {
            assignments.add(new String[] {record[0], state.assignments().get(record[1])});
        }
        List<String> overshared = new ArrayList<>();
        for (Map.Entry<String, IndexEntry> entry : state.index().asMap().entrySet()) {
            if (entry.getKey().startsWith(BlockingKeys.IDENTIFIER_PREFIX) && entry.getValue().getSaturated()) {
                overshared.add(entry.getKey().substring(BlockingKeys.IDENTIFIER_PREFIX.length()) + " ("
                    + entry.getValue().getCount() + " records)");
            }
        }
        overshared.sort(null);
        return new Result(assignments, state.customers().asMap().size(), state.reviews().asMap().size(), overshared,
            nanos);
    }
}
