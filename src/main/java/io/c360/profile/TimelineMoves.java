package io.c360.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.c360.avro.CustomerCommand;
import io.c360.avro.MovedTimeline;
import io.c360.avro.TouchpointEvent;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A source record's timeline entries travel with the record. When a record leaves a customer (a merge, a split, a
 * re-clustering), the customer it left takes out the entries of that record and sends them, through the
 * customer-commands topic, to the customer it joined: each timeline then holds exactly the events of the records
 * its customer holds, sealed under that customer's data key, so erasing one person never leaves her events readable
 * under someone else's key, nor someone else's events in her timeline.
 */
public final class TimelineMoves {
    /** Events are typically about 1 KiB: 100 a command stay well below the producer's default 1 MiB request. */
    public static final int EVENTS_PER_COMMAND = 100;
    private final Function<TouchpointEvent, String> recordKeyOf;
    private final String customerCommandsChild;
    private final StringSerializer keys = new StringSerializer();

    /**
     * @param recordKeyOf           the source record an event belongs to, as the identity stage keys it
     * @param customerCommandsChild the sink to the customer-commands topic
     */
    public TimelineMoves(Function<TouchpointEvent, String> recordKeyOf, String customerCommandsChild) {
        this.recordKeyOf = recordKeyOf;
        this.customerCommandsChild = customerCommandsChild;
    }

    /**
     * The record left {@code customerId} for {@code movedTo}: its entries leave this customer's timeline for
     * the other's. Per record, the record stage sends every event before the withdrawal, and the customer the
     * record came from hands over the entries before the contribution, so every entry of the record this customer will
     * ever get is here already.
     */
    public void recordLeft(ProcessorContext<String, Object> context, KeyValueStore<String, TouchpointEvent> timeline,
                           String customerId, String recordKey, String movedTo, long timestamp) {
        List<String> taken = new ArrayList<>();
        List<TouchpointEvent> events = new ArrayList<>();
        try (KeyValueIterator<String, TouchpointEvent> it = timeline.prefixScan(TimelineKeys.prefix(customerId), keys)) {
            it.forEachRemaining(entry -> {
                if (recordKey.equals(recordKeyOf.apply(entry.value))) {
                    taken.add(entry.key);
                    events.add(entry.value);
                }
            });
        }
        if (events.isEmpty()) {
            return;
        }
        taken.forEach(timeline::delete);
        // a record may hold thousands of events (a cookie's page views): several commands keep each under the
        // producer's max.request.size, which a single one would exceed and stop the task with
        for (int from = 0; from < events.size(); from += EVENTS_PER_COMMAND) {
            List<TouchpointEvent> chunk = events.subList(from, Math.min(events.size(), from + EVENTS_PER_COMMAND));
            forward(context, movedTo, new MovedTimeline(recordKey, customerId, new ArrayList<>(chunk)), timestamp);
        }
    }

    /**
     * Entries of a record that joined {@code customerId} arrive, ahead of its contribution: they are kept whatever
     * the customer's state, since the record follows the moves the record stage counts, and leaves again through
     * {@link #recordLeft}. (An erased customer gets no command at all.)
     */
    public void arrived(KeyValueStore<String, TouchpointEvent> timeline, String customerId, MovedTimeline moved) {
        for (TouchpointEvent event : moved.getEvents()) {
            timeline.put(TimelineKeys.key(customerId, event.getEventTime(), event.getEventId()), event);
        }
    }

    private void forward(ProcessorContext<String, Object> context, String customerId, MovedTimeline moved,
                         long timestamp) {
        context.forward(new Record<String, Object>(customerId, new CustomerCommand(customerId, moved), timestamp),
            customerCommandsChild);
    }
}
