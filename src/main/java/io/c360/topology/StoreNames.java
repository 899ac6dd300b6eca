package io.c360.topology;

/**
 * Names of the state stores. They name the changelog topics too, so they never change between releases.
 */
public final class StoreNames {
    /** record key (SOURCE:recordId) → IdentityRecord: the standardized attributes and identifiers of a source record. */
    public static final String IDENTITY_RECORDS = "identity-records";
    /** blocking key ("b:…") or identifier key ("i:email:…") → IndexEntry: the records sharing it. */
    public static final String IDENTITY_INDEX = "identity-index";
    /** record key → RecordLinks: its pair decisions and cannot-links. */
    public static final String IDENTITY_LINKS = "identity-links";
    /** record key → the customer id it belongs to. */
    public static final String IDENTITY_ASSIGNMENTS = "identity-assignments";
    /** customer id → CustomerIdentity: records, links with evidence, merge and split history. */
    public static final String IDENTITY_CUSTOMERS = "identity-customers";
    /** retired customer id → the customer it was merged into. */
    public static final String MERGED_INTO = "identity-merged-into";
    /** pair of record keys → ReviewItem: the review queue. */
    public static final String IDENTITY_REVIEW = "identity-review";
    /** keyed hash of an erased customer's record key or identifier → when it was erased (epoch millis). */
    public static final String IDENTITY_ERASED = "identity-erased";
    /**
     * record key → RecordContribution: the record's customer, its identity state for the fast path and its moves. The
     * contribution itself (what its events add up to) is kept by the customer stage.
     */
    public static final String RECORD_CONTRIBUTIONS = "record-contributions";
    /** record key, customer id or review pair → its data key, wrapped under the master key (identity stage). */
    public static final String IDENTITY_KEYS = "identity-keys";
    /** record key → the record's data key, wrapped under the master key (record stage). */
    public static final String RECORD_KEYS = "record-keys";
    /** customer id → the customer's data key, wrapped under the master key (customer stage). */
    public static final String CUSTOMER_KEYS = "customer-keys";
    /** customer id + "|" + record key → CustomerProfile: the contributions a customer holds. */
    public static final String CUSTOMER_CONTRIBUTIONS = "customer-contributions";
    /** customer id + "|" + record key + "|" + generation → PendingRecord: events of a record whose hand-over is on its way. */
    public static final String PENDING_RECORDS = "pending-records";
    /** customer id → CustomerProfile (a retired customer keeps a stub pointing to its survivor). */
    public static final String PROFILES = "profiles";
    /** customerId|reversedTime|eventId → TouchpointEvent: every interaction, newest first per customer. */
    public static final String TIMELINE = "timeline";
    /**
     * kind:term|customerId → customerId: names, e-mails, phones and ids, for search as you type. No changelog:
     * rebuilt from the profiles when its task starts.
     */
    public static final String SEARCH = "search-index";
    /** keyed hash of a customer id the customer stage erased → when (epoch millis): late commands for it are dropped. */
    public static final String CUSTOMER_ERASED = "customer-erased";
    /** household id → Household with its member summaries. */
    public static final String HOUSEHOLDS = "households";
    /** account id → Account with parent, children and contacts. */
    public static final String ACCOUNTS = "accounts";

    private StoreNames() {
    }
}
