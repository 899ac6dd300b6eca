package io.c360.query;

import java.util.Map;
import java.util.Optional;

import io.c360.avro.Account;
import io.c360.avro.CustomerIdentity;
import io.c360.avro.Household;
import io.c360.avro.IdentityRecord;
import io.c360.kafka.SerdeFactory;
import io.c360.topology.StoreNames;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Single records of the stores that are read by key (households, accounts, identity state), from whichever
 * instance holds the key. Only the stores listed here can be read this way, locally or by another instance.
 */
public final class StoreRecords {
    private final StoreRouter router;
    private final RemoteQueries remote;
    private final Map<String, Serde<? extends SpecificRecord>> serdes;

    public StoreRecords(StoreRouter router, RemoteQueries remote, SerdeFactory serdeFactory) {
        this.router = router;
        this.remote = remote;
        this.serdes = Map.of(
            StoreNames.HOUSEHOLDS, serdeFactory.avro(Household.class),
            StoreNames.ACCOUNTS, serdeFactory.avro(Account.class),
            StoreNames.IDENTITY_CUSTOMERS, serdeFactory.avro(CustomerIdentity.class),
            StoreNames.IDENTITY_RECORDS, serdeFactory.avro(IdentityRecord.class));
    }

    public <T extends SpecificRecord> Optional<T> get(String store, String key, Class<T> type) {
        HostInfo owner = router.owner(store, key);
        if (router.isSelf(owner)) {
            return router.readLocal(store, type, s -> Optional.ofNullable(s.get(key)));
        }
        return remote.record(owner, store, key, serde(store, type));
    }

    /** This instance's copy of a record, encoded for another instance; empty for stores not listed. */
    public Optional<byte[]> localBytes(String store, String key) {
        Serde<? extends SpecificRecord> serde = serdes.get(store);
        if (serde == null) {
            return Optional.empty();
        }
        return router.readLocal(store, SpecificRecord.class, s -> Optional.ofNullable(s.get(key)))
            .map(record -> encode(serde, record));
    }

    @SuppressWarnings("unchecked")
    private static <T extends SpecificRecord> byte[] encode(Serde<T> serde, SpecificRecord record) {
        return serde.serializer().serialize(null, (T) record);
    }

    @SuppressWarnings("unchecked")
    private <T extends SpecificRecord> Serde<T> serde(String store, Class<T> type) {
        Serde<? extends SpecificRecord> serde = serdes.get(store);
        if (serde == null) {
            throw new IllegalArgumentException("store " + store + " is not readable by key");
        }
        return (Serde<T>) serde;
    }
}
