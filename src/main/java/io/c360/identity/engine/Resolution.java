package io.c360.identity.engine;

import java.util.List;

import io.c360.avro.CustomerMerged;
import io.c360.avro.IdentityRecord;

/**
 * What resolving one update (or a split) changed.
 *
 * @param customerId the customer the updated record belongs to now (null for a split)
 * @param moves      records whose customer changed, the updated record included when it is new
 * @param merges     customers retired into another, with the evidence that decided
 * @param revived    customer ids that were retired and live again (a split gave back their records)
 * @param record     the updated record's state after the update (null for a split or an erasure)
 */
public record Resolution(String customerId, List<Move> moves, List<CustomerMerged> merges, List<String> revived,
                         IdentityRecord record) {
    /** A record that now belongs to another customer; {@code from} is null for a new record. */
    public record Move(String recordKey, String from, String to) {
    }

    static Resolution unchanged(String customerId) {
        return new Resolution(customerId, List.of(), List.of(), List.of(), null);
    }

    Resolution withRecord(IdentityRecord updated) {
        return new Resolution(customerId, moves, merges, revived, updated);
    }
}
