package io.c360.identity;

/**
 * Storage of the identity graph: identifier → customer, and retired customer → the customer it was merged
 * into. Backed by state stores in the topology and by maps in tests.
 * Merges always point at a live customer, so chains stay short.
 */
public interface IdentityGraph {
    /** The customer the identifier was last linked to (possibly since retired), or null. */
    String customerOf(IdentifierKey key);

    void link(IdentifierKey key, String customerId);

    /** The customer a retired customer was merged into, or null when it is not retired. */
    String mergedInto(String customerId);

    void retire(String retiredId, String survivorId);

    /** Follows merges to the live customer, shortening the chain it walked (path compression). */
    default String live(String customerId) {
        String current = customerId;
        for (int hops = 0; hops < 1_000; hops++) {
            String next = mergedInto(current);
            if (next == null) {
                if (hops > 1) {
                    retire(customerId, current);
                }
                return current;
            }
            current = next;
        }
        throw new IllegalStateException("merge chain of " + customerId + " does not end: the graph is corrupt");
    }
}
