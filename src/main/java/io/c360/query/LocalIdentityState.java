package io.c360.query;

import java.util.function.UnaryOperator;

import io.c360.avro.CustomerIdentity;
import io.c360.avro.IdentityRecord;
import io.c360.avro.IndexEntry;
import io.c360.avro.RecordLinks;
import io.c360.avro.ReviewItem;
import io.c360.identity.engine.IdentityState;
import io.c360.identity.engine.Table;
import io.c360.privacy.IndexKeys;
import io.c360.topology.StoreNames;

/**
 * The identity stage's state as this instance's interactive queries see it, read-only: lets the API ask the identity
 * engine what a decision would do (the customers an erasure reaches) without a copy of its rules. Only on the
 * instance running the single identity partition.
 */
final class LocalIdentityState implements IdentityState {
    private final StoreRouter router;
    private final IndexKeys indexKeys;

    LocalIdentityState(StoreRouter router, IndexKeys indexKeys) {
        this.router = router;
        this.indexKeys = indexKeys;
    }

    private record ReadOnly<V>(StoreRouter router, String store, Class<V> type, UnaryOperator<String> storedKey)
        implements Table<V> {
        @Override
        public V get(String key) {
            return router.readLocal(store, type, s -> s.get(storedKey.apply(key)));
        }

        @Override
        public void put(String key, V value) {
            throw new UnsupportedOperationException("the identity state is read-only outside the identity stage");
        }

        @Override
        public void delete(String key) {
            throw new UnsupportedOperationException("the identity state is read-only outside the identity stage");
        }
    }

    private <V> Table<V> table(String store, Class<V> type) {
        return new ReadOnly<>(router, store, type, UnaryOperator.identity());
    }

    @Override
    public Table<IdentityRecord> records() {
        return table(StoreNames.IDENTITY_RECORDS, IdentityRecord.class);
    }

    @Override
    public Table<IndexEntry> index() {
        return new ReadOnly<>(router, StoreNames.IDENTITY_INDEX, IndexEntry.class, indexKeys::stored);
    }

    @Override
    public Table<RecordLinks> links() {
        return table(StoreNames.IDENTITY_LINKS, RecordLinks.class);
    }

    @Override
    public Table<String> assignments() {
        return table(StoreNames.IDENTITY_ASSIGNMENTS, String.class);
    }

    @Override
    public Table<CustomerIdentity> customers() {
        return table(StoreNames.IDENTITY_CUSTOMERS, CustomerIdentity.class);
    }

    @Override
    public Table<String> mergedInto() {
        return table(StoreNames.MERGED_INTO, String.class);
    }

    @Override
    public Table<ReviewItem> reviews() {
        return table(StoreNames.IDENTITY_REVIEW, ReviewItem.class);
    }
}
