package io.c360.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.c360.avro.CustomerProfile;
import io.c360.identity.IdentifierKey;
import io.c360.profile.Profiles;
import io.c360.topology.StoreNames;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;

/**
 * Reads profiles and identifiers: locally when this instance owns the key, from the owner otherwise. HTTP
 * resources go through it and never touch Kafka Streams.
 */
public final class ProfileQueryService {
    private static final int MAX_MERGE_HOPS = 32;

    private final StoreRouter router;
    private final RemoteQueries remote;

    public ProfileQueryService(StoreRouter router, RemoteQueries remote) {
        this.router = router;
        this.remote = remote;
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
        HostInfo owner = router.owner(StoreNames.IDENTIFIERS, key.asString());
        return router.isSelf(owner) ? localCustomerIdByIdentifier(key.asString())
            : remote.customerIdByIdentifier(owner, key.asString());
    }

    /** Up to {@code limit} live profiles from all instances, ordered by customer id. */
    public List<CustomerProfile> page(int limit) {
        List<CustomerProfile> all = new ArrayList<>();
        for (HostInfo instance : router.instancesWith(StoreNames.PROFILES)) {
            all.addAll(router.isSelf(instance) ? localPage(limit) : remote.page(instance, limit));
        }
        all.sort(Comparator.comparing(CustomerProfile::getCustomerId));
        return all.subList(0, Math.min(limit, all.size()));
    }

    public Optional<CustomerProfile> localProfileAsStored(String customerId) {
        return router.readLocal(StoreNames.PROFILES, CustomerProfile.class,
            store -> Optional.ofNullable(store.get(customerId)));
    }

    public List<CustomerProfile> localPage(int limit) {
        return router.readLocal(StoreNames.PROFILES, CustomerProfile.class, store -> {
            List<CustomerProfile> result = new ArrayList<>();
            try (KeyValueIterator<String, CustomerProfile> it = store.all()) {
                while (it.hasNext() && result.size() < limit) {
                    CustomerProfile profile = it.next().value;
                    if (!Profiles.isRetired(profile)) {
                        result.add(profile);
                    }
                }
            }
            return result;
        });
    }

    public Optional<String> localCustomerIdByIdentifier(String identifierKey) {
        String owner = router.readLocal(StoreNames.IDENTIFIERS, String.class, store -> store.get(identifierKey));
        String id = owner;
        for (int hop = 0; id != null && hop < MAX_MERGE_HOPS; hop++) {
            String current = id;
            String next = router.readLocal(StoreNames.MERGED_INTO, String.class, store -> store.get(current));
            if (next == null) {
                return Optional.of(id);
            }
            id = next;
        }
        return Optional.empty();
    }

    private Optional<CustomerProfile> profileAsStored(String customerId) {
        HostInfo owner = router.owner(StoreNames.PROFILES, customerId);
        return router.isSelf(owner) ? localProfileAsStored(customerId) : remote.profile(owner, customerId);
    }
}
