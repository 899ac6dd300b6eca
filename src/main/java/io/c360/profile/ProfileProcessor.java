package io.c360.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.c360.avro.AbsorbProfile;
import io.c360.avro.ApplyEvent;
import io.c360.avro.ChangeType;
import io.c360.avro.CustomerCommand;
import io.c360.avro.CustomerMerged;
import io.c360.avro.CustomerProfile;
import io.c360.avro.MergeInto;
import io.c360.avro.ProfileChanged;
import io.c360.avro.TouchpointEvent;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Third stage, partitioned by customer id: applies events to profiles and carries out merges. A merge
 * spans two partitions, so the retired customer's partition writes a stub and hands its profile over to
 * the survivor's partition through the handover topic. Commands that reach a retired customer are passed
 * on to its survivor, so merges in a chain (A into B, then B into C) always end at the live profile.
 * Every applied event is kept in the timeline store under the customer it was applied to; a merged
 * customer's timeline is read across the ids in its mergedFrom list.
 * Time is event time throughout: scores are evaluated as of the task's stream time, and a stream-time
 * punctuator re-scores every profile so lifecycle stages and segments move on without new events.
 */
public final class ProfileProcessor implements Processor<String, CustomerCommand, String, Object> {
    private final ProfileModel model;
    private final String profilesStore;
    private final String timelineStore;
    private final String changedChild;
    private final String handoverChild;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, CustomerProfile> profiles;
    private KeyValueStore<String, TouchpointEvent> timeline;

    public ProfileProcessor(ProfileModel model, String profilesStore, String timelineStore, String changedChild,
                            String handoverChild) {
        this.model = model;
        this.profilesStore = profilesStore;
        this.timelineStore = timelineStore;
        this.changedChild = changedChild;
        this.handoverChild = handoverChild;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.profiles = context.getStateStore(profilesStore);
        this.timeline = context.getStateStore(timelineStore);
        context.schedule(model.rescoreInterval(), PunctuationType.STREAM_TIME, this::rescoreAll);
    }

    @Override
    public void process(Record<String, CustomerCommand> record) {
        String customerId = record.key();
        CustomerProfile current = profiles.get(customerId);
        Object command = record.value().getCommand();
        if (Profiles.isRetired(current)) {
            if (!(command instanceof MergeInto)) {
                handOver(current.getMergedInto(), command, record.timestamp());
            }
            // identity resolution retires only live customers, so a second retirement is a replay: nothing to do
            return;
        }
        Instant streamTime = streamTime(record.timestamp());
        if (command instanceof ApplyEvent apply) {
            CustomerProfile updated = model.apply(current, customerId, apply.getEvent(), streamTime);
            if (updated != current) {
                TouchpointEvent event = apply.getEvent();
                timeline.put(TimelineKeys.key(customerId, event.getEventTime(), event.getEventId()), event);
                save(current, updated, current == null ? ChangeType.CREATED : ChangeType.UPDATED,
                    apply.getEvent().getEventId(), record.timestamp());
            }
        } else if (command instanceof MergeInto mergeInto) {
            retire(customerId, current, mergeInto.getMerge(), record.timestamp());
        } else if (command instanceof AbsorbProfile absorb) {
            CustomerProfile base = current == null
                ? Profiles.empty(customerId, absorb.getRetired().getCreatedAt()) : current;
            save(current, model.merge(base, absorb.getRetired(), streamTime), ChangeType.MERGED,
                absorb.getMerge().getCauseEventId(), record.timestamp());
        } else {
            throw new IllegalStateException("unknown customer command " + command.getClass().getName());
        }
    }

    private void retire(String customerId, CustomerProfile current, CustomerMerged merge, long timestamp) {
        Instant createdAt = current == null ? merge.getMergedAt() : current.getCreatedAt();
        CustomerProfile stub = Profiles.retired(customerId, merge.getSurvivorId(), createdAt, merge.getMergedAt());
        save(current, stub, ChangeType.RETIRED, merge.getCauseEventId(), timestamp);
        if (current != null) {
            handOver(merge.getSurvivorId(), new AbsorbProfile(current, merge), timestamp);
        }
    }

    private void rescoreAll(long streamTimeMs) {
        Instant asOf = Instant.ofEpochMilli(streamTimeMs);
        List<KeyValue<CustomerProfile, CustomerProfile>> changed = new ArrayList<>();
        try (KeyValueIterator<String, CustomerProfile> it = profiles.all()) {
            while (it.hasNext()) {
                CustomerProfile before = it.next().value;
                if (!Profiles.isRetired(before)) {
                    CustomerProfile after = Profiles.copy(before);
                    model.evaluate(after, asOf);
                    if (!after.getScores().getLifecycleStage().equals(before.getScores().getLifecycleStage())
                        || !after.getSegments().equals(before.getSegments())) {
                        changed.add(KeyValue.pair(before, after));
                    }
                }
            }
        }
        changed.forEach(pair -> save(pair.key, pair.value, ChangeType.UPDATED, null, streamTimeMs));
    }

    private void handOver(String survivorId, Object command, long timestamp) {
        context.forward(new Record<String, Object>(survivorId, new CustomerCommand(survivorId, command), timestamp),
            handoverChild);
    }

    private void save(CustomerProfile before, CustomerProfile after, ChangeType type, String causeEventId,
                      long timestamp) {
        profiles.put(after.getCustomerId(), after);
        List<String> old = before == null ? List.of() : before.getSegments();
        ProfileChanged changed = ProfileChanged.newBuilder()
            .setCustomerId(after.getCustomerId())
            .setChangeType(type)
            .setChangeTime(Instant.ofEpochMilli(context.currentSystemTimeMs()))
            .setCauseEventId(causeEventId)
            .setChangedFields(ProfileDiff.between(before, after))
            .setSegmentsEntered(after.getSegments().stream().filter(s -> !old.contains(s)).toList())
            .setSegmentsLeft(old.stream().filter(s -> !after.getSegments().contains(s)).toList())
            .setProfile(after)
            .build();
        context.forward(new Record<String, Object>(after.getCustomerId(), changed, timestamp), changedChild);
    }

    /** The task's stream time; before the first record it is undefined, so the record's own time stands in. */
    private Instant streamTime(long recordTimestamp) {
        return Instant.ofEpochMilli(Math.max(context.currentStreamTimeMs(), recordTimestamp));
    }
}
