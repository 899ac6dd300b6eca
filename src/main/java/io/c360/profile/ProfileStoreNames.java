package io.c360.profile;

/**
 * The stores the customer stage writes: profiles, record contributions, timelines, the search index and the
 * keyed hashes of the customer ids it erased.
 */
public record ProfileStoreNames(String profiles, String contributions, String timeline, String search,
                                String erased) {
}
