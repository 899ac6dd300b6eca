package io.c360.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

import io.c360.avro.CustomerProfile;
import io.c360.avro.IndexEntry;
import io.c360.identity.IdentifierKey;
import io.c360.identity.engine.BlockingKeys;
import io.c360.profile.Profiles;
import io.c360.topology.StoreNames;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The one place that reads c360's state stores: answers locally when this instance owns the key and asks
 * the owner otherwise. HTTP resources go through it and never touch Kafka Streams.
 */
public final class ProfileQueryService {
    private static final int MAX_MERGE_HOPS = 32;

    private final KafkaStreams streams;
    private final HostInfo self;
    private final RemoteQueries remote;
    private final StringSerializer keySerializer = new StringSerializer();

    public ProfileQueryService(KafkaStreams streams, HostInfo self, RemoteQueries remote) {
        this.streams = streams;
        this.self = self;
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
        HostInfo owner = owner(StoreNames.IDENTITY_INDEX, BlockingKeys.IDENTIFIER_PREFIX + key.asString());
        return owner.equals(self) ? localCustomerIdByIdentifier(key.asString())
            : remote.customerIdByIdentifier(owner, key.asString());
    }

    /** Up to {@code limit} live profiles from all instances, ordered by customer id. */
    public List<CustomerProfile> page(int limit) {
        List<CustomerProfile> all = new ArrayList<>(localPage(limit));
        for (StreamsMetadata instance : instancesWith(StoreNames.PROFILES)) {
            if (!instance.hostInfo().equals(self)) {
                all.addAll(remote.page(instance.hostInfo(), limit));
            }
        }
        all.sort(Comparator.comparing(CustomerProfile::getCustomerId));
        return all.subList(0, Math.min(limit, all.size()));
    }

    public Optional<CustomerProfile> localProfileAsStored(String customerId) {
        return guarded(StoreNames.PROFILES,
            () -> Optional.ofNullable(localStore(StoreNames.PROFILES, CustomerProfile.class).get(customerId)));
    }

    public List<CustomerProfile> localPage(int limit) {
        return guarded(StoreNames.PROFILES, () -> {
            List<CustomerProfile> result = new ArrayList<>();
            try (KeyValueIterator<String, CustomerProfile> it =
                     localStore(StoreNames.PROFILES, CustomerProfile.class).all()) {
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

    /**
     * The customer holding the records that carry an identifier (type:value). A value a household shares can sit
     * on several customers: the one holding most of its records answers, ties to the older id.
     */
    public Optional<String> localCustomerIdByIdentifier(String identifierKey) {
        return guarded(StoreNames.IDENTITY_INDEX, () -> {
            IndexEntry entry = localStore(StoreNames.IDENTITY_INDEX, IndexEntry.class)
                .get(BlockingKeys.IDENTIFIER_PREFIX + identifierKey);
            if (entry == null) {
                return Optional.empty();
            }
            ReadOnlyKeyValueStore<String, String> assignments = localStore(StoreNames.IDENTITY_ASSIGNMENTS, String.class);
            Map<String, Long> recordsByCustomer = new TreeMap<>();
            for (String record : entry.getMembers()) {
                String customer = assignments.get(record);
                if (customer != null) {
                    recordsByCustomer.merge(customer, 1L, Long::sum);
                }
            }
            return recordsByCustomer.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                    Comparator.reverseOrder())))
                .map(Map.Entry::getKey);
        });
    }

    private Optional<CustomerProfile> profileAsStored(String customerId) {
        HostInfo owner = owner(StoreNames.PROFILES, customerId);
        return owner.equals(self) ? localProfileAsStored(customerId) : remote.profile(owner, customerId);
    }

    private HostInfo owner(String store, String key) {
        KeyQueryMetadata metadata;
        try {
            metadata = streams.queryMetadataForKey(store, key, keySerializer);
        } catch (IllegalStateException e) {
            throw new StoreUnavailableException("Kafka Streams is not running yet", e);
        }
        if (metadata == null || metadata.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
            throw new StoreUnavailableException("the owner of store " + store + " is not known yet (rebalancing)");
        }
        return metadata.activeHost();
    }

    private List<StreamsMetadata> instancesWith(String store) {
        try {
            return List.copyOf(streams.streamsMetadataForStore(store));
        } catch (IllegalStateException e) {
            throw new StoreUnavailableException("Kafka Streams is not running yet", e);
        }
    }

    private static <T> T guarded(String store, Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidStateStoreException e) {
            throw new StoreUnavailableException("store " + store + " is not queryable yet: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unused") // the class pins the value type of the store at the call site
    private <V> ReadOnlyKeyValueStore<String, V> localStore(String name, Class<V> valueType) {
        return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.keyValueStore()));
    }
}
