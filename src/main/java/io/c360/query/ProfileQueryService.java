package io.c360.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

import io.c360.avro.CustomerProfile;
import io.c360.avro.IndexEntry;
import io.c360.identity.IdentifierKey;
import io.c360.identity.engine.BlockingKeys;
import io.c360.profile.Profiles;
import io.c360.identity.IdentifierHolder;
import io.c360.privacy.IndexKeys;
import io.c360.topology.StoreNames;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;

/**
 * Reads profiles and identifiers: locally when this instance owns the key, from the owner otherwise. HTTP
 * resources go through it and never touch Kafka Streams.
 */
public final class ProfileQueryService {
    private final IndexKeys indexKeys;
    private static final int MAX_MERGE_HOPS = 32;

    private final StoreRouter router;
    private final RemoteQueries remote;

    public ProfileQueryService(StoreRouter router, RemoteQueries remote, IndexKeys indexKeys) {
        this.indexKeys = indexKeys;
        this.router = router;
        this.remote = remote;
    }

    /** Whether the instances holding profiles are known, so a profile query can be routed. */
    public boolean queryable() {
        try {
            return !router.instancesWith(StoreNames.PROFILES).isEmpty();
        } catch (StoreUnavailableException e) {
            return false;
        }
    }

    /** The live profile of a customer; a retired id answers with the customer it was merged into. */
    public Optional<CustomerProfile> profile(String customerId) {
        String id = customerId;
        for (int hop = 0; hop < MAX_MERGE_HOPS; hop++) {
            Optional<CustomerProfile> found = profileAsStored(id);
            if (found.isEmpty() || !Profiles.isRetired(found.get())) {
                return found;
            }
            id = found.get().getMergedInto();
        }
        throw new StoreUnavailableException("merge chain of " + customerId + " is still being updated");
    }

    public Optional<CustomerProfile> profileByIdentifier(IdentifierKey key) {
        return customerIdByIdentifier(key).flatMap(this::profile);
    }

    public Optional<String> customerIdByIdentifier(IdentifierKey key) {
        HostInfo owner = router.owner(StoreNames.IDENTITY_INDEX, BlockingKeys.IDENTIFIER_PREFIX + key.asString());
        return router.isSelf(owner) ? localCustomerIdByIdentifier(key.asString())
            : remote.customerIdByIdentifier(owner, key.asString());
    }

    /** Up to {@code limit} live profiles from all instances, in the given order. */
    public List<CustomerProfile> page(int limit, BrowseOrder order) {
        List<CustomerProfile> all = new ArrayList<>();
        for (HostInfo instance : router.instancesWith(StoreNames.PROFILES)) {
            all.addAll(router.isSelf(instance) ? localPage(limit, order) : remote.page(instance, limit, order));
        }
        all.sort(order.comparator());
        return all.subList(0, Math.min(limit, all.size()));
    }

    public Optional<CustomerProfile> localProfileAsStored(String customerId) {
        return router.readLocal(StoreNames.PROFILES, CustomerProfile.class,
            store -> Optional.ofNullable(store.get(customerId)));
    }

    /** This instance's best {@code limit} live profiles in the order, keeping only that many in memory. */
    public List<CustomerProfile> localPage(int limit, BrowseOrder order) {
        return router.readLocal(StoreNames.PROFILES, CustomerProfile.class, store -> {
            PriorityQueue<CustomerProfile> best = new PriorityQueue<>(order.comparator().reversed());
            try (KeyValueIterator<String, CustomerProfile> it = store.all()) {
                while (it.hasNext() && (order.scansAll() || best.size() < limit)) {
                    CustomerProfile profile = it.next().value;
                    if (profile != null && !Profiles.isRetired(profile)) {
                        best.add(profile);
                        if (best.size() > limit) {
                            best.poll();
                        }
                    }
                }
            }
            List<CustomerProfile> result = new ArrayList<>(best);
            result.sort(order.comparator());
            return result;
        });
    }

    /** The customer holding the records that carry an identifier (type:value); see {@link IdentifierHolder}. */
    public Optional<String> localCustomerIdByIdentifier(String identifierKey) {
        IndexEntry entry = router.readLocal(StoreNames.IDENTITY_INDEX, IndexEntry.class,
            index -> index.get(indexKeys.stored(BlockingKeys.IDENTIFIER_PREFIX + identifierKey)));
        if (entry == null) {
            return Optional.empty();
        }
        return router.readLocal(StoreNames.IDENTITY_ASSIGNMENTS, String.class,
            assignments -> IdentifierHolder.of(entry.getMembers(), assignments::get));
    }

    private Optional<CustomerProfile> profileAsStored(String customerId) {
        HostInfo owner = router.owner(StoreNames.PROFILES, customerId);
        return router.isSelf(owner) ? localProfileAsStored(customerId) : remote.profile(owner, customerId);
    }
}
