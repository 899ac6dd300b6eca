package io.c360.identity.engine;

import io.c360.avro.CustomerIdentity;
import io.c360.avro.IdentityRecord;
import io.c360.avro.IndexEntry;
import io.c360.avro.RecordLinks;
import io.c360.avro.ReviewItem;

/**
 * Everything the identity engine remembers, as tables with String keys and String or Avro values, so the same
 * engine runs on RocksDB stores in the topology and on hash maps in the batch resolve command.
 */
public interface IdentityState {
    /** record key → the record's standardized attributes and identifiers. */
    Table<IdentityRecord> records();

    /** blocking key ("b:…") or identifier key ("i:type:value") → the records sharing it. */
    Table<IndexEntry> index();

    /** record key → its links (pair decisions) and cannot-links. */
    Table<RecordLinks> links();

    /** record key → the customer id it belongs to. */
    Table<String> assignments();

    /** customer id → its records, links with evidence and history. */
    Table<CustomerIdentity> customers();

    /** retired customer id → the customer it now lives on in. */
    Table<String> mergedInto();

    /** pair key (the two record keys) → a pair for a person to review. */
    Table<ReviewItem> reviews();
}
