package io.c360.profile;

/** The stores the customer stage writes: profiles, record contributions, timelines and the search index. */
public record ProfileStoreNames(String profiles, String contributions, String timeline, String search) {
}
