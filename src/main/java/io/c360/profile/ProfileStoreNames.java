package io.c360.profile;

/**
 * The stores the customer stage writes: profiles, record contributions, timelines, the search index, the keyed
 * hashes of the customer ids it erased, and what waits for a moving record's hand-over.
 */
public record ProfileStoreNames(String profiles, String contributions, String timeline, String search,
                                String erased, String pending) {
}
