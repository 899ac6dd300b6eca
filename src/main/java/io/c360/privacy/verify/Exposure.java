package io.c360.privacy.verify;

/** How readable a copy of her data is. Only READABLE fails a verification. */
public enum Exposure {
    /** The current value of its key in a compacted log or store, or any record of a log that is not compacted. */
    READABLE,
    /** A later record or tombstone of the same key exists: gone at the topic's next compaction. */
    SUPERSEDED,
    /** Sealed under a data key of hers that was destroyed: ciphertext no one can open. */
    SHREDDED,
    /** A tombstone whose key names her; Kafka drops it after the topic's delete.retention.ms. */
    TOMBSTONE,
    /**
     * Only ids c360 or a source system gave her (customer id, record key, crm or loyalty id): pseudonyms that say
     * nothing about her once her data is gone, such as the audit trail's "who read customer c-… when" or the
     * DELETED notice downstream systems need.
     */
    ID_ONLY,
    /**
     * Her given and family name together, without any identifier or id of hers, in a value sealed under another
     * customer's or record's live key: a namesake's data (two Maria Garcias), listed, not counted as hers. Her name
     * alone in clear bytes stays READABLE.
     */
    NAME_ONLY,
    /**
     * Written for an event after her erasure, when the upstream topics hold events of hers after it: she came back
     * (a later purchase, a new sign-up) and starts afresh, as c360 intends. Without such an event nothing is
     * excused; what events from before the erasure would bring back is READABLE either way.
     */
    AFTER_ERASURE
}
