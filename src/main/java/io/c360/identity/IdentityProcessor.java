package io.c360.identity;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.c360.avro.ApplyEvent;
import io.c360.avro.AssignRecord;
import io.c360.avro.CustomerMerged;
import io.c360.avro.IdentityCommand;
import io.c360.avro.RecordCommand;
import io.c360.avro.SplitCustomer;
import io.c360.avro.TouchpointEvent;
import io.c360.identity.engine.EventUpdates;
import io.c360.identity.engine.IdentityEngine;
import io.c360.identity.engine.Resolution;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Second stage, on the single identity partition: each event updates its source record in the identity
 * engine, and each split a person asked for is applied in order with the events. The record stage learns
 * which customer each record belongs to (record-commands, key: record key); merges go to customer-merged,
 * and a customer id that lives again after a split gets a tombstone there.
 */
public final class IdentityProcessor implements Processor<String, Object, String, Object> {
    private static final Logger LOG = LoggerFactory.getLogger(IdentityProcessor.class);

    private final IdentityEngine engine;
    private final EventUpdates updates;
    private final StoreIdentityState.StoreNames stores;
    private final String recordCommandsChild;
    private final String mergedChild;
    private ProcessorContext<String, Object> context;
    private StoreIdentityState state;

    public IdentityProcessor(IdentityEngine engine, String recordsStore, String indexStore, String linksStore,
                             String assignmentsStore, String customersStore, String mergedIntoStore,
                             String reviewsStore, String recordCommandsChild, String mergedChild) {
        this.engine = engine;
        this.updates = new EventUpdates(engine.rules());
        this.stores = new StoreIdentityState.StoreNames(recordsStore, indexStore, linksStore, assignmentsStore,
            customersStore, mergedIntoStore, reviewsStore);
        this.recordCommandsChild = recordCommandsChild;
        this.mergedChild = mergedChild;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.state = new StoreIdentityState(context, stores);
    }

    @Override
    public void process(Record<String, Object> record) {
        if (record.value() instanceof TouchpointEvent event) {
            resolve(event, record.timestamp());
        } else if (record.value() instanceof IdentityCommand command) {
            apply(command, record.timestamp());
        } else {
            throw new IllegalStateException("identity stage got a " + record.value().getClass().getName());
        }
    }

    private void resolve(TouchpointEvent event, long timestamp) {
        String recordKey = updates.recordKey(event);
        if (recordKey == null) {
            throw new IllegalStateException("event " + event.getEventId() + " reached identity resolution without "
                + "a linking identifier; the ingest stage should have dead-lettered it");
        }
        Resolution resolution = engine.resolve(updates.of(event, recordKey, event.getSource().name(), Map.of()), state);
        emit(resolution, event.getEventId(), timestamp);
        String customerId = resolution.customerId();
        context.forward(new Record<String, Object>(recordKey,
            new RecordCommand(recordKey, customerId, new ApplyEvent(event)), timestamp), recordCommandsChild);
    }

    private void apply(IdentityCommand command, long timestamp) {
        if (!(command.getCommand() instanceof SplitCustomer split)) {
            throw new IllegalStateException("unknown identity command " + command.getCommand().getClass().getName());
        }
        try {
            Resolution resolution = engine.split(split.getCustomerId(), new TreeSet<>(split.getRecords()), state,
                command.getIssuedAt(), command.getCommandId());
            emit(resolution, command.getCommandId(), timestamp);
        } catch (IllegalArgumentException rejected) {
            // the API validated the split against the state it saw; events since may have changed the customer
            LOG.warn("split {} of customer {} not applied: {}", command.getCommandId(), split.getCustomerId(),
                rejected.getMessage());
        }
    }

    private void emit(Resolution resolution, String causeId, long timestamp) {
        Set<String> retired = new TreeSet<>();
        for (CustomerMerged merge : resolution.merges()) {
            retired.add(merge.getRetiredId());
            context.forward(new Record<String, Object>(merge.getRetiredId(), merge, timestamp), mergedChild);
        }
        for (String revived : resolution.revived()) {
            context.forward(new Record<String, Object>(revived, null, timestamp), mergedChild);
        }
        for (Resolution.Move move : resolution.moves()) {
            if (move.from() == null) {
                continue;
            }
            boolean merged = retired.contains(move.from());
            String reason = merged ? "merge" : resolution.customerId() == null ? "split" : "move";
            context.forward(new Record<String, Object>(move.recordKey(), new RecordCommand(move.recordKey(), move.to(),
                new AssignRecord(reason, move.from(), merged, causeId)), timestamp), recordCommandsChild);
        }
    }
}
