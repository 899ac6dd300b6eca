package io.c360.identity;

import org.apache.kafka.streams.state.KeyValueStore;

/** The identity graph kept in two key-value state stores. */
final class StoreIdentityGraph implements IdentityGraph {
    private final KeyValueStore<String, String> identifiers;
    private final KeyValueStore<String, String> mergedInto;

    StoreIdentityGraph(KeyValueStore<String, String> identifiers, KeyValueStore<String, String> mergedInto) {
        this.identifiers = identifiers;
        this.mergedInto = mergedInto;
    }

    @Override
    public String customerOf(IdentifierKey key) {
        return identifiers.get(key.asString());
    }

    @Override
    public void link(IdentifierKey key, String customerId) {
        identifiers.put(key.asString(), customerId);
    }

    @Override
    public String mergedInto(String customerId) {
        return mergedInto.get(customerId);
    }

    @Override
    public void retire(String retiredId, String survivorId) {
        mergedInto.put(retiredId, survivorId);
    }
}
