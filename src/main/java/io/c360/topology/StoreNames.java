package io.c360.topology;

/**
 * Names of the state stores. They name the changelog topics too, so they never change between releases.
 */
public final class StoreNames {
    /** identifier key ("email:jane@example.com") → customer id it was linked to. */
    public static final String IDENTIFIERS = "identity-identifiers";
    /** retired customer id → the customer it was merged into. */
    public static final String MERGED_INTO = "identity-merged-into";
    /** customer id → CustomerProfile (a retired customer keeps a stub pointing to its survivor). */
    public static final String PROFILES = "profiles";
    /** customerId|reversedTime|eventId → TouchpointEvent: every interaction, newest first per customer. */
    public static final String TIMELINE = "timeline";

    private StoreNames() {
    }
}
