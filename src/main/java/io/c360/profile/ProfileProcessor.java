package io.c360.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.c360.avro.ChangeType;
import io.c360.avro.CustomerCommand;
import io.c360.avro.CustomerProfile;
import io.c360.avro.FieldChange;
import io.c360.avro.ProfileChanged;
import io.c360.avro.PutContribution;
import io.c360.avro.WithdrawContribution;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Fourth stage, partitioned by customer id: keeps the contributions of each customer's source records and the
 * profile they add up to. A put or withdrawn contribution rebuilds the profile from the contributions the
 * customer holds now, so a merge (the retired customer's records arrive) and a split (records leave) are both
 * exact, with no double counting. A customer left without records was merged away: it becomes a stub pointing
 * to its survivor.
 */
public final class ProfileProcessor implements Processor<String, CustomerCommand, String, Object> {
    static final String SEPARATOR = "|";

    private final ProfileMerger merger;
    private final String contributionsStore;
    private final String profilesStore;
    private final String changedChild;
    private final StringSerializer keys = new StringSerializer();
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, CustomerProfile> contributions;
    private KeyValueStore<String, CustomerProfile> profiles;

    public ProfileProcessor(ProfileMerger merger, String contributionsStore, String profilesStore, String changedChild) {
        this.merger = merger;
        this.contributionsStore = contributionsStore;
        this.profilesStore = profilesStore;
        this.changedChild = changedChild;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.contributions = context.getStateStore(contributionsStore);
        this.profiles = context.getStateStore(profilesStore);
    }

    @Override
    public void process(Record<String, CustomerCommand> record) {
        String customerId = record.key();
        CustomerProfile current = profiles.get(customerId);
        Object command = record.value().getCommand();
        if (command instanceof PutContribution put) {
            contributions.put(customerId + SEPARATOR + put.getRecordKey(), put.getContribution());
            boolean merged = "merge".equals(put.getReason()) && put.getFromCustomerId() != null;
            CustomerProfile rebuilt = rebuild(customerId, current, merged ? put.getFromCustomerId() : null);
            ChangeType type = current == null ? ChangeType.CREATED : merged ? ChangeType.MERGED : ChangeType.UPDATED;
            save(current, rebuilt, type, put.getCauseEventId(), record.timestamp());
        } else if (command instanceof WithdrawContribution withdraw) {
            contributions.delete(customerId + SEPARATOR + withdraw.getRecordKey());
            CustomerProfile rebuilt = rebuild(customerId, current, null);
            if (rebuilt == null) {
                Instant createdAt = current == null ? Instant.ofEpochMilli(record.timestamp()) : current.getCreatedAt();
                Instant at = Instant.ofEpochMilli(record.timestamp());
                save(current, Profiles.retired(customerId, withdraw.getMovedTo(), createdAt, at), ChangeType.RETIRED,
                    withdraw.getCauseEventId(), record.timestamp());
            } else {
                save(current, rebuilt, ChangeType.UPDATED, withdraw.getCauseEventId(), record.timestamp());
            }
        } else {
            throw new IllegalStateException("unknown customer command " + command.getClass().getName());
        }
    }

    /** The profile the customer's contributions add up to; null when it holds none. */
    private CustomerProfile rebuild(String customerId, CustomerProfile current, String mergedFrom) {
        CustomerProfile profile = null;
        try (KeyValueIterator<String, CustomerProfile> parts =
                 contributions.prefixScan(customerId + SEPARATOR, keys)) {
            while (parts.hasNext()) {
                KeyValue<String, CustomerProfile> part = parts.next();
                CustomerProfile base = profile == null ? Profiles.empty(customerId, part.value.getCreatedAt()) : profile;
                profile = merger.combine(base, part.value);
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
        }
        return profile;
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
