package io.c360.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.c360.avro.CustomerIdentity;
import io.c360.avro.CustomerProfile;
import io.c360.avro.IdentityRecord;
import io.c360.avro.ReviewItem;
import io.c360.topology.StoreNames;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;

/**
 * The identity side of a customer (its source records, the links and merge history with their evidence),
 * the review queue, and splits. Identity state lives with the single identity partition, on one instance.
 */
public final class IdentityQueryService {
    static final int MAX_RECORDS = 200;
    /** Any key routes to the identity partition: its topics have one partition. */
    static final String IDENTITY_PARTITION_KEY = "identity";

    private final StoreRecords records;
    private final ProfileQueryService profiles;
    private final StoreRouter router;
    private final RemoteQueries remote;
    private final IdentityCommands commands;
    private final ErasureScopes scopes;

    /** An erasure on Kafka, and the customers it reaches as the identity state stands now, the named one first. */
    public record ErasureAccepted(String erasureId, List<String> customerIds) {
    }

    public IdentityQueryService(StoreRecords records, ProfileQueryService profiles, StoreRouter router,
                                RemoteQueries remote, IdentityCommands commands, ErasureScopes scopes) {
        this.records = records;
        this.profiles = profiles;
        this.router = router;
        this.remote = remote;
        this.commands = commands;
        this.scopes = scopes;
    }

    public Optional<IdentityView> identity(String customerId) {
        Optional<CustomerProfile> profile = profiles.profile(customerId);
        if (profile.isEmpty()) {
            return Optional.empty();
        }
        String liveId = profile.get().getCustomerId();
        CustomerIdentity identity = records.get(StoreNames.IDENTITY_CUSTOMERS, liveId, CustomerIdentity.class)
            .orElseThrow(() -> new StoreUnavailableException("the identity of " + liveId + " is still being built"));
        List<IdentityRecord> sourceRecords = new ArrayList<>();
        for (String key : identity.getRecords().subList(0, Math.min(MAX_RECORDS, identity.getRecords().size()))) {
            records.get(StoreNames.IDENTITY_RECORDS, key, IdentityRecord.class).ifPresent(sourceRecords::add);
        }
        return Optional.of(new IdentityView(profile.get(), identity, sourceRecords));
    }

    /**
     * Asks the identity stage to move source records of a customer to a new customer; they never merge back.
     *
     * @throws IllegalArgumentException when the records are not the customer's, or would leave it empty
     */
    public Optional<String> requestSplit(String customerId, List<String> recordKeys) {
        Optional<IdentityView> view = identity(customerId);
        if (view.isEmpty()) {
            return Optional.empty();
        }
        Set<String> held = new HashSet<>(view.get().identity().getRecords());
        Set<String> moving = new HashSet<>(recordKeys);
        if (moving.isEmpty()) {
            throw new IllegalArgumentException("name at least one source record to split off");
        }
        List<String> foreign = recordKeys.stream().filter(k -> !held.contains(k)).toList();
        if (!foreign.isEmpty()) {
            throw new IllegalArgumentException("not source records of customer " + view.get().profile().getCustomerId()
                + ": " + foreign);
        }
        if (moving.size() >= held.size()) {
            throw new IllegalArgumentException("a split must leave at least one source record with the customer");
        }
        return Optional.of(commands.split(view.get().profile().getCustomerId(), List.copyOf(moving)));
    }

    /**
     * Asks the identity stage to erase the customer an id names (a merged-away id names its survivor) and every
     * customer its strong identifiers reach; empty when no customer has the id.
     */
    public Optional<ErasureAccepted> requestErasure(String customerId, String requestedBy) {
        return profiles.profile(customerId).map(CustomerProfile::getCustomerId).map(liveId -> {
            List<String> reached = scopes.ofCustomer(liveId);
            return new ErasureAccepted(commands.erase(liveId, requestedBy), reached);
        });
    }

    /** The customers an erasure reaches, on the instance running the identity stage. */
    public List<String> localErasureScope(String customerId) {
        return scopes.local(customerId);
    }

    /** Pairs waiting for a person: scored between the review and match thresholds, or blocked by protection. */
    public List<ReviewItem> review(int limit) {
        HostInfo owner = router.owner(StoreNames.IDENTITY_REVIEW, IDENTITY_PARTITION_KEY);
        return router.isSelf(owner) ? localReview(limit) : remote.review(owner, limit);
    }

    public List<ReviewItem> localReview(int limit) {
        return router.readLocal(StoreNames.IDENTITY_REVIEW, ReviewItem.class, store -> {
            List<ReviewItem> items = new ArrayList<>();
            try (KeyValueIterator<String, ReviewItem> it = store.all()) {
                while (it.hasNext() && items.size() < limit) {
                    items.add(it.next().value);
                }
            }
            return items;
        });
    }
}
