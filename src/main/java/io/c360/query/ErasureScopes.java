package io.c360.query;

import java.util.List;

import io.c360.identity.engine.IdentityEngine;
import io.c360.privacy.IndexKeys;
import io.c360.topology.StoreNames;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The customers an erasure of a customer reaches (it and every customer its strong identifiers reach, see
 * {@code ErasureScope}), computed by the identity engine on the identity stage's state, on whichever instance
 * runs the identity partition. The identity stage computes it again when it applies the erasure, in order with
 * the events, so events arriving in between can widen it.
 */
public final class ErasureScopes {
    private final IdentityEngine engine;
    private final StoreRouter router;
    private final RemoteQueries remote;
    private final IndexKeys indexKeys;

    public ErasureScopes(IdentityEngine engine, StoreRouter router, RemoteQueries remote, IndexKeys indexKeys) {
        this.engine = engine;
        this.router = router;
        this.remote = remote;
        this.indexKeys = indexKeys;
    }

    /** The (live) customer first, then the others the erasure reaches. */
    public List<String> ofCustomer(String customerId) {
        HostInfo owner = router.owner(StoreNames.IDENTITY_CUSTOMERS, IdentityQueryService.IDENTITY_PARTITION_KEY);
        return router.isSelf(owner) ? local(customerId) : remote.erasureScope(owner, customerId);
    }

    public List<String> local(String customerId) {
        return List.copyOf(engine.erasureScopeOfCustomer(customerId, new LocalIdentityState(router, indexKeys)));
    }
}
