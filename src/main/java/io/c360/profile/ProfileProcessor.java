package io.c360.profile;

import java.time.Instant;
import java.util.List;

import io.c360.avro.AbsorbProfile;
import io.c360.avro.ApplyEvent;
import io.c360.avro.ChangeType;
import io.c360.avro.CustomerCommand;
import io.c360.avro.CustomerMerged;
import io.c360.avro.CustomerProfile;
import io.c360.avro.FieldChange;
import io.c360.avro.MergeInto;
import io.c360.avro.ProfileChanged;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Third stage, partitioned by customer id: applies events to profiles and carries out merges. A merge
 * spans two partitions, so the retired customer's partition writes a stub and hands its profile over to
 * the survivor's partition through the handover topic. Commands that reach a retired customer are passed
 * on to its survivor, so merges in a chain (A into B, then B into C) always end at the live profile.
 */
public final class ProfileProcessor implements Processor<String, CustomerCommand, String, Object> {
    private final ProfileAggregator aggregator;
    private final ProfileMerger merger;
    private final String profilesStore;
    private final String changedChild;
    private final String handoverChild;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, CustomerProfile> profiles;

    public ProfileProcessor(ProfileAggregator aggregator, ProfileMerger merger, String profilesStore,
                            String changedChild, String handoverChild) {
        this.aggregator = aggregator;
        this.merger = merger;
        this.profilesStore = profilesStore;
        this.changedChild = changedChild;
        this.handoverChild = handoverChild;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.profiles = context.getStateStore(profilesStore);
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
        if (command instanceof ApplyEvent apply) {
            CustomerProfile updated = aggregator.apply(current, customerId, apply.getEvent());
            if (updated != current) {
                save(current, updated, current == null ? ChangeType.CREATED : ChangeType.UPDATED,
                    apply.getEvent().getEventId(), record.timestamp());
            }
        } else if (command instanceof MergeInto mergeInto) {
            retire(customerId, current, mergeInto.getMerge(), record.timestamp());
        } else if (command instanceof AbsorbProfile absorb) {
            CustomerProfile base = current == null
                ? Profiles.empty(customerId, absorb.getRetired().getCreatedAt()) : current;
            save(current, merger.merge(base, absorb.getRetired()), ChangeType.MERGED,
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

    private void handOver(String survivorId, Object command, long timestamp) {
        context.forward(new Record<String, Object>(survivorId, new CustomerCommand(survivorId, command), timestamp),
            handoverChild);
    }

    private void save(CustomerProfile before, CustomerProfile after, ChangeType type, String causeEventId,
                      long timestamp) {
        profiles.put(after.getCustomerId(), after);
        List<FieldChange> changes = ProfileDiff.between(before, after);
        ProfileChanged changed = ProfileChanged.newBuilder()
            .setCustomerId(after.getCustomerId())
            .setChangeType(type)
            .setChangeTime(Instant.ofEpochMilli(context.currentSystemTimeMs()))
            .setCauseEventId(causeEventId)
            .setChangedFields(changes)
            .setProfile(after)
            .build();
        context.forward(new Record<String, Object>(after.getCustomerId(), changed, timestamp), changedChild);
    }
}
