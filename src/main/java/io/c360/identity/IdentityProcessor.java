package io.c360.identity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.c360.avro.ApplyEvent;
import io.c360.avro.AssignRecord;
import io.c360.avro.CustomerMerged;
import io.c360.avro.EraseCustomer;
import io.c360.avro.EraseRecord;
import io.c360.avro.ErasureReceipt;
import io.c360.avro.IdentityCommand;
import io.c360.avro.IndexEntry;
import io.c360.avro.RecordCommand;
import io.c360.avro.SplitCustomer;
import io.c360.avro.TouchpointEvent;
import io.c360.identity.engine.Erasure;
import io.c360.identity.engine.ErasureRefused;
import io.c360.identity.engine.EventUpdates;
import io.c360.identity.engine.IdentityEngine;
import io.c360.identity.engine.RecordKeys;
import io.c360.identity.engine.RecordUpdate;
import io.c360.identity.engine.Resolution;
import io.c360.ingest.DeadLetters;
import io.c360.privacy.ErasedMarkers;
import io.c360.privacy.ErasureReceipts;
import io.c360.privacy.IndexKeys;
import io.c360.privacy.Pseudonyms;
import io.c360.privacy.Sealing;
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
    private final Erasures erasures;
    private final ErasureReceipts receipts;
    private ProcessorContext<String, Object> context;
    private StoreIdentityState state;
    private ErasedMarkers erased;

    public IdentityProcessor(IdentityEngine engine, String recordsStore, String indexStore, String linksStore,
                             String assignmentsStore, String customersStore, String mergedIntoStore,
                             String reviewsStore, Erasures erasures, String recordCommandsChild,
                             String mergedChild) {
        this.engine = engine;
        // record keys are keys of changelogs and topics: an identifier in one is a keyed hash, never readable
        this.updates = new EventUpdates(engine.rules(), RecordKeys.pseudonymous(erasures.pseudonyms()));
        this.stores = new StoreIdentityState.StoreNames(recordsStore, indexStore, linksStore, assignmentsStore,
            customersStore, mergedIntoStore, reviewsStore);
        this.erasures = erasures;
        this.receipts = new ErasureReceipts(erasures.pseudonyms());
        this.recordCommandsChild = recordCommandsChild;
        this.mergedChild = mergedChild;
    }

    /**
     * Where erased customers are remembered (a store of keyed hashes), the key for those hashes, the data keys
     * that seal the source records, customer identities and review items, destroyed on erasure, the child that
     * publishes erasure receipts and the one that dead-letters requests naming no one person.
     */
    public record Erasures(String store, Pseudonyms pseudonyms, Sealing sealing, String receiptsChild,
                           DeadLetters refusals, String refusalsChild) {
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        erasures.sealing().open(context);
        this.state = new StoreIdentityState(context, stores, new IndexKeys(erasures.pseudonyms()), erasures.sealing());
        this.erased = new ErasedMarkers(context.getStateStore(erasures.store()), erasures.pseudonyms());
    }

    @Override
    public void close() {
        erasures.sealing().close();
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
        RecordUpdate update = updates.of(event, recordKey, event.getSource().name(), Map.of());
        if (erased.erasedAfter(event.getEventTime(), recordKey, update.identifiers())) {
            LOG.info("event {} ignored: it belongs to a customer erased after it happened", event.getEventId());
            return;
        }
        Resolution resolution = engine.resolve(update, state);
        emit(resolution, event.getEventId(), timestamp);
        String customerId = resolution.customerId();
        context.forward(new Record<String, Object>(recordKey,
            new RecordCommand(recordKey, customerId, new ApplyEvent(event, resolution.record())), timestamp),
            recordCommandsChild);
    }

    private void apply(IdentityCommand command, long timestamp) {
        if (command.getCommand() instanceof EraseCustomer erase) {
            erase(command, erase, timestamp);
            return;
        }
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

    /**
     * Forgets every customer the erasure reaches (see {@link IdentityEngine#erasureScopeOfCustomer}) everywhere:
     * the identity tables here, then (through the record stage, in order with the events already on their way)
     * their contributions, profiles, timelines and relations, for them and for every id merged into them; the
     * merged-id mappings get tombstones.
     */
    private void erase(IdentityCommand command, EraseCustomer erase, long timestamp) {
        Set<String> scope;
        try {
            scope = erase.getCustomerId() != null
                ? engine.erasureScopeOfCustomer(erase.getCustomerId(), state)
                : engine.erasureScopeOfIdentifier(erase.getIdentifier(), state);
        } catch (ErasureRefused refused) {
            LOG.warn("erasure {} (requested by {}) refused: {}", command.getCommandId(), erase.getRequestedBy(),
                refused.getMessage());
            // keyed by the request id for the requester; the request itself names her, so it is not kept
            context.forward(erasures.refusals().of(context, new Record<>(command.getCommandId().getBytes(
                StandardCharsets.UTF_8), null, timestamp), "ErasureRefused", refused.getMessage()),
                erasures.refusalsChild());
            return;
        }
        List<Erasure> forgotten = new ArrayList<>();
        for (String customerId : scope) {
            forget(command, erase, IdentityEngine.liveId(customerId, state), timestamp).ifPresent(forgotten::add);
        }
        if (!forgotten.isEmpty()) {
            publishReceipt(command, forgotten, timestamp);
        }
        LOG.info("erasure {} (requested by {}): customers {} forgotten", command.getCommandId(),
            erase.getRequestedBy(), forgotten.stream().map(Erasure::customerId).toList());
    }

    private Optional<Erasure> forget(IdentityCommand command, EraseCustomer erase, String customerId, long timestamp) {
        Erasure erasure;
        try {
            erasure = engine.erase(customerId, state, command.getIssuedAt(), command.getCommandId());
        } catch (IllegalArgumentException nothing) {
            LOG.warn("erasure {} (requested by {}): {}", command.getCommandId(), erase.getRequestedBy(),
                nothing.getMessage());
            return Optional.empty();
        }
        erased.mark(erasure.records(), erasure.identifiers(), command.getIssuedAt());
        shredKeys(erasure);
        emit(erasure.relinked(), command.getCommandId(), timestamp);
        EraseRecord forget = new EraseRecord(command.getCommandId());
        for (String record : erasure.records()) {
            context.forward(new Record<String, Object>(record, new RecordCommand(record, erasure.customerId(), forget),
                timestamp), recordCommandsChild);
        }
        for (String retired : erasure.retiredIds()) {
            context.forward(new Record<String, Object>(retired, null, timestamp), mergedChild);
            context.forward(new Record<String, Object>(retired, new RecordCommand("", retired, forget), timestamp),
                recordCommandsChild);
        }
        LOG.info("erasure {}: customer {} forgotten with {} source records and {} merged ids",
            command.getCommandId(), erasure.customerId(), erasure.records().size(), erasure.retiredIds().size());
        return Optional.of(erasure);
    }

    /**
     * What one erasure forgot, for every customer it reached, as keyed hashes only, so `c360 verify-erasure` can
     * prove later that none of it is readable.
     */
    private void publishReceipt(IdentityCommand command, List<Erasure> forgotten, long timestamp) {
        Set<String> customerIds = new TreeSet<>();
        Set<String> records = new TreeSet<>();
        Set<String> identifiers = new TreeSet<>();
        Set<String> givenNames = new TreeSet<>();
        Set<String> familyNames = new TreeSet<>();
        for (Erasure erasure : forgotten) {
            customerIds.add(erasure.customerId());
            customerIds.addAll(erasure.retiredIds());
            records.addAll(erasure.records());
            identifiers.addAll(erasure.identifiers());
            givenNames.addAll(erasure.givenNames());
            familyNames.addAll(erasure.familyNames());
        }
        ErasureReceipt receipt = receipts.receipt(command.getCommandId(), command.getIssuedAt(), customerIds,
            records, identifiers, givenNames, familyNames);
        context.forward(new Record<String, Object>(command.getCommandId(), receipt, timestamp),
            erasures.receiptsChild());
    }

    /** Copies of what the identity stores held of the customer, in changelogs and backups, become unreadable. */
    private void shredKeys(Erasure erasure) {
        erasure.records().forEach(erasures.sealing()::shred);
        erasure.retiredIds().forEach(erasures.sealing()::shred);
        erasure.reviewPairs().forEach(erasures.sealing()::shred);
        erasures.sealing().shred(erasure.customerId());
    }

    private void emit(Resolution resolution, String causeId, long timestamp) {
        Set<String> retired = new TreeSet<>();
        for (CustomerMerged merge : resolution.merges()) {
            retired.add(merge.getRetiredId());
            context.forward(new Record<String, Object>(merge.getRetiredId(), MergeNotices.withoutValues(merge), timestamp),
                mergedChild);
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
