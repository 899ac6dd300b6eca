package io.c360.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.c360.avro.ChangeType;
import io.c360.avro.CustomerCommand;
import io.c360.avro.CustomerProfile;
import io.c360.avro.EraseCustomerData;
import io.c360.avro.MovedTimeline;
import io.c360.avro.PendingRecord;
import io.c360.avro.ProfileChanged;
import io.c360.avro.PutContribution;
import io.c360.avro.RecordEvent;
import io.c360.avro.TouchpointEvent;
import io.c360.avro.WithdrawContribution;
import io.c360.privacy.Pseudonyms;
import io.c360.privacy.Sealing;
import io.c360.profile.relations.RelationUpdates;
import io.c360.profile.search.SearchIndexer;
import io.c360.store.WriteThroughListener;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The customer stage, partitioned by customer id: keeps the contribution of each source record a customer holds
 * (what the record's events add up to, updated here by each of its events) and the profile they add up to. Every
 * change rebuilds the profile from the contributions the customer holds now, so a merge (the retired customer's
 * records arrive) and a split (records leave) are both exact, with no double counting; a customer left without
 * records was merged away and becomes a stub pointing to its survivor. A record that moves is handed over by the
 * customer it leaves, with its timeline entries ({@link PendingRecords} for what arrives before it). Each event is kept in the timeline of the customer holding its record: entries
 * follow their record when it moves ({@link TimelineMoves}). Time is event time throughout: scores
 * are evaluated as of the task's stream time, and a stream-time punctuator re-scores every profile so
 * lifecycle stages and segments move on without new events.
 */
public final class ProfileProcessor implements Processor<String, CustomerCommand, String, Object> {
    private static final Logger LOG = LoggerFactory.getLogger(ProfileProcessor.class);
    static final String SEPARATOR = "|";

    private final ProfileModel model;
    private final Sealing sealing;
    private final ProfileStoreNames stores;
    private final String changedChild;
    private final String relationsChild;
    private final String customerCommandsChild;
    private final TimelineMoves moves;
    private final Pseudonyms pseudonyms;
    private final StringSerializer keys = new StringSerializer();
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, CustomerProfile> profiles;
    private KeyValueStore<String, CustomerProfile> contributions;
    private KeyValueStore<String, TouchpointEvent> timeline;
    private KeyValueStore<String, String> search;
    private KeyValueStore<String, String> erasedIds;
    private KeyValueStore<String, PendingRecord> pendingRecords;
    private PendingRecords pending;
    private final ProfileChanges changes = new ProfileChanges();
    private final boolean coalesce;
    private boolean coalesced;

    public ProfileProcessor(ProfileModel model, ProfileStoreNames stores, Sealing sealing, Pseudonyms pseudonyms,
                            String changedChild, String relationsChild, String customerCommandsChild,
                            TimelineMoves moves, boolean coalesce) {
        this.coalesce = coalesce;
        this.model = model;
        this.sealing = sealing;
        this.pseudonyms = pseudonyms;
        this.stores = stores;
        this.changedChild = changedChild;
        this.relationsChild = relationsChild;
        this.customerCommandsChild = customerCommandsChild;
        this.moves = moves;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.profiles = context.getStateStore(stores.profiles());
        this.contributions = context.getStateStore(stores.contributions());
        this.timeline = context.getStateStore(stores.timeline());
        this.search = context.getStateStore(stores.search());
        this.erasedIds = context.getStateStore(stores.erased());
        this.pendingRecords = context.getStateStore(stores.pending());
        this.pending = new PendingRecords(pendingRecords);
        changes.clear();
        this.coalesced = coalesce && WriteThroughListener.register(context, context.getStateStore(stores.profiles()),
            this::profileWritten);
        sealing.open(context);
        // Streams initializes processors once their stores are restored, so the profiles are complete here
        long started = System.nanoTime();
        long indexed = SearchIndexer.rebuild(search, profiles);
        LOG.info("Search index of task {} rebuilt from {} profiles in {} ms", context.taskId(), indexed,
            (System.nanoTime() - started) / 1_000_000);
        context.schedule(model.rescoreInterval(), PunctuationType.STREAM_TIME, this::rescoreAll);
    }

    @Override
    public void close() {
        sealing.close();
    }

    /** Everything stored for the customer is sealed with the customer's data key, which an erasure destroys. */
    @Override
    public void process(Record<String, CustomerCommand> record) {
        sealing.as(record.key(), () -> processForCustomer(record));
    }

    private void processForCustomer(Record<String, CustomerCommand> record) {
        String customerId = record.key();
        CustomerProfile current = profiles.get(customerId);
        Instant streamTime = Instant.ofEpochMilli(Math.max(context.currentStreamTimeMs(), record.timestamp()));
        Object command = record.value().getCommand();
        if (!(command instanceof EraseCustomerData) && erasedIds.get(pseudonyms.of(customerId)) != null) {
            // commands reach this stage from every record partition, so one emitted before the erasure can arrive
            // after it (a contribution from a lagging partition): it must not bring the erased customer back.
            // Customer ids come from a record and its first event time, so a new customer never reuses this one.
            LOG.debug("{} for erased customer {} dropped", command.getClass().getSimpleName(), customerId);
            return;
        }
        if (command instanceof RecordEvent event) {
            applyEvent(customerId, current, event, streamTime, record.timestamp());
        } else if (command instanceof PutContribution put) {
            handedOver(customerId, current, put, streamTime, record.timestamp());
        } else if (command instanceof WithdrawContribution withdraw) {
            withdraw(customerId, current, withdraw, streamTime, record.timestamp());
        } else if (command instanceof MovedTimeline moved) {
            moves.arrived(timeline, customerId, moved);
        } else if (command instanceof EraseCustomerData) {
            erase(customerId, current, record.timestamp());
        } else {
            throw new IllegalStateException("unknown customer command " + command.getClass().getName());
        }
    }

    /** An event of a record this customer holds; one whose hand-over is still on its way waits for it. */
    private void applyEvent(String customerId, CustomerProfile current, RecordEvent command, Instant streamTime,
                            long timestamp) {
        String key = customerId + SEPARATOR + command.getRecordKey();
        CustomerProfile held = contributions.get(key);
        if (held == null && command.getGeneration() > 0) {
            pending.hold(customerId, command);
            return;
        }
        TouchpointEvent event = command.getEvent();
        // the store hands out a freshly decoded value, so it is updated in place rather than deep-copied
        CustomerProfile next = held != null ? held : Profiles.empty(command.getRecordKey(), event.getEventTime());
        if (!model.applyToRecordInPlace(next, event, streamTime)) {
            return;
        }
        contributions.put(key, next);
        timeline.put(TimelineKeys.key(customerId, event.getEventTime(), event.getEventId()), event);
        CustomerProfile rebuilt = rebuild(customerId, current, null, streamTime);
        save(current, rebuilt, current == null || Profiles.isRetired(current) ? ChangeType.CREATED : ChangeType.UPDATED,
            event.getEventId(), event, timestamp);
    }

    /**
     * A record joined this customer, handed over by the customer it left: the events that waited for it are applied,
     * and a move onward that arrived meanwhile is made now.
     */
    private void handedOver(String customerId, CustomerProfile current, PutContribution put, Instant streamTime,
                            long timestamp) {
        PendingRecord waiting = pending.take(customerId, put.getRecordKey(), put.getGeneration());
        contributions.put(customerId + SEPARATOR + put.getRecordKey(), put.getContribution());
        TouchpointEvent event = put.getEvent();
        if (event != null) {
            timeline.put(TimelineKeys.key(customerId, event.getEventTime(), event.getEventId()), event);
        }
        boolean merged = "merge".equals(put.getReason()) && put.getFromCustomerId() != null;
        CustomerProfile rebuilt = rebuild(customerId, current, merged ? put.getFromCustomerId() : null, streamTime);
        ChangeType type = current == null || Profiles.isRetired(current) ? ChangeType.CREATED
            : merged ? ChangeType.MERGED : ChangeType.UPDATED;
        save(current, rebuilt, type, put.getCauseEventId(), event, timestamp);
        // each waiting event is applied as if it had come now, so each still causes a change of its own
        for (TouchpointEvent waited : waiting.getEvents()) {
            applyEvent(customerId, profiles.get(customerId),
                new RecordEvent(put.getRecordKey(), waited, put.getGeneration()), streamTime, timestamp);
        }
        if (waiting.getOnward() != null) {
            withdraw(customerId, profiles.get(customerId), waiting.getOnward(), streamTime, timestamp);
        }
    }

    /**
     * A record left this customer: its timeline entries, then its contribution, go to the customer it joined, in
     * that order, so that customer has all of them once the contribution arrives.
     */
    private void withdraw(String customerId, CustomerProfile current, WithdrawContribution withdraw,
                          Instant streamTime, long timestamp) {
        String key = customerId + SEPARATOR + withdraw.getRecordKey();
        CustomerProfile held = contributions.get(key);
        if (held == null && withdraw.getGeneration() > 1) {
            pending.moveOnward(customerId, withdraw);
            return;
        }
        if (current == null) {
            // the record's first event reached this customer before (same record, same order), so no profile
            // means the customer was erased since: a late withdrawal must not leave a stub behind
            return;
        }
        if (held != null) {
            contributions.delete(key);
            moves.recordLeft(context, timeline, customerId, withdraw.getRecordKey(), withdraw.getMovedTo(), timestamp);
            context.forward(new Record<String, Object>(withdraw.getMovedTo(), new CustomerCommand(withdraw.getMovedTo(),
                new PutContribution(withdraw.getRecordKey(), held, withdraw.getReason(), customerId,
                    withdraw.getCauseEventId(), null, withdraw.getGeneration())), timestamp), customerCommandsChild);
        }
        CustomerProfile rebuilt = rebuild(customerId, current, null, streamTime);
        if (rebuilt == null) {
            save(current, Profiles.retired(customerId, withdraw.getMovedTo(), current.getCreatedAt(), streamTime),
                ChangeType.RETIRED, withdraw.getCauseEventId(), null, timestamp);
        } else {
            save(current, rebuilt, ChangeType.UPDATED, withdraw.getCauseEventId(), null, timestamp);
        }
    }

    /**
     * Deletes everything the customer stage holds of an erased customer, once per source record the erasure
     * reaches it with: the later ones find nothing left. Downstream systems learn of it from a DELETED change
     * without personal data followed by a tombstone, and households and accounts lose the member.
     */
    private void erase(String customerId, CustomerProfile current, long timestamp) {
        deleteAll(contributions, customerId + SEPARATOR);
        deleteAll(timeline, TimelineKeys.prefix(customerId));
        deleteAll(pendingRecords, PendingRecords.prefix(customerId));
        sealing.shred(customerId);
        erasedIds.put(pseudonyms.of(customerId), Long.toString(timestamp));
        if (current == null) {
            return;
        }
        changes.forget(customerId);
        profiles.delete(customerId);
        SearchIndexer.update(search, current, null);
        ProfileChanged erased = ProfileChanged.newBuilder()
            .setCustomerId(customerId)
            .setChangeType(ChangeType.DELETED)
            .setChangeTime(Instant.ofEpochMilli(context.currentSystemTimeMs()))
            .setChangedFields(List.of())
            .setSegmentsEntered(List.of())
            .setSegmentsLeft(current.getSegments())
            .setProfile(null)
            .build();
        context.forward(new Record<String, Object>(customerId, erased, timestamp), changedChild);
        // the tombstone lets compaction remove her earlier changes, which carry her profile, from the feed
        context.forward(new Record<String, Object>(customerId, null, timestamp), changedChild);
        RelationUpdates.between(current, null, Instant.ofEpochMilli(timestamp)).forEach(update ->
            context.forward(new Record<String, Object>(update.key, update.value, timestamp), relationsChild));
    }

    private <V> void deleteAll(KeyValueStore<String, V> store, String prefix) {
        List<String> keysToDelete = new ArrayList<>();
        try (KeyValueIterator<String, V> it = store.prefixScan(prefix, keys)) {
            it.forEachRemaining(entry -> keysToDelete.add(entry.key));
        }
        keysToDelete.forEach(store::delete);
    }

    /** The profile the customer's contributions add up to, scored as of stream time; null when it holds none. */
    private CustomerProfile rebuild(String customerId, CustomerProfile current, String mergedFrom, Instant asOf) {
        CustomerProfile profile = null;
        try (KeyValueIterator<String, CustomerProfile> parts =
                 contributions.prefixScan(customerId + SEPARATOR, keys)) {
            while (parts.hasNext()) {
                CustomerProfile part = parts.next().value;
                if (profile == null) {
                    profile = Profiles.empty(customerId, part.getCreatedAt());
                }
                model.addTo(profile, part);
            }
        }
        if (profile != null) {
            Set<String> from = new LinkedHashSet<>();
            if (current != null && !Profiles.isRetired(current)) {
                from.addAll(current.getMergedFrom());
            }
            if (mergedFrom != null) {
                from.add(mergedFrom);
            }
            profile.setMergedFrom(new ArrayList<>(from));
            model.evaluate(profile, asOf);
        }
        return profile;
    }

    /** Coalesced output: the profile was written through, so what changed since the last time is published. */
    private void profileWritten(String customerId, long timestamp) {
        ProfileChanged changed = changes.written(customerId, Instant.ofEpochMilli(context.currentSystemTimeMs()));
        if (changed != null) {
            context.forward(new Record<String, Object>(customerId, changed, timestamp), changedChild);
        }
    }

    private void rescoreAll(long streamTimeMs) {
        Instant asOf = Instant.ofEpochMilli(streamTimeMs);
        List<KeyValue<CustomerProfile, CustomerProfile>> changed = new ArrayList<>();
        try (KeyValueIterator<String, CustomerProfile> it = profiles.all()) {
            while (it.hasNext()) {
                CustomerProfile before = it.next().value;
                if (before != null && !Profiles.isRetired(before)) {
                    CustomerProfile after = Profiles.copy(before);
                    model.evaluate(after, asOf);
                    if (!after.getScores().getLifecycleStage().equals(before.getScores().getLifecycleStage())
                        || !after.getSegments().equals(before.getSegments())) {
                        changed.add(KeyValue.pair(before, after));
                    }
                }
            }
        }
        changed.forEach(pair -> sealing.as(pair.value.getCustomerId(),
            () -> save(pair.key, pair.value, ChangeType.UPDATED, null, null, streamTimeMs)));
    }

    private void save(CustomerProfile before, CustomerProfile after, ChangeType type, String causeEventId,
                      TouchpointEvent causeEvent, long timestamp) {
        // noted before the put: the put itself may make the record cache write this very profile through
        int causes = coalesced ? changes.note(before, after, type, causeEventId, causeEvent) : 0;
        profiles.put(after.getCustomerId(), after);
        SearchIndexer.update(search, before, after);
        if (coalesced) {
            if (causes >= ProfileChanges.MAX_CAUSES) {
                WriteThroughListener.flush(profiles);
            }
        } else {
            ProfileChanged changed = ProfileChanges.of(before, after, type,
                Instant.ofEpochMilli(context.currentSystemTimeMs()), causeEventId, causeEvent,
                causeEventId == null ? List.of() : List.of(causeEventId));
            context.forward(new Record<String, Object>(after.getCustomerId(), changed, timestamp), changedChild);
        }
        RelationUpdates.between(before, after, Instant.ofEpochMilli(timestamp)).forEach(update ->
            context.forward(new Record<String, Object>(update.key, update.value, timestamp), relationsChild));
    }
}
