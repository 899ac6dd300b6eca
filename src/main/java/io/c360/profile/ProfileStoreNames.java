package io.c360.profile;

/** The stores the profile stage writes: profiles, their timelines and the search index. */
public record ProfileStoreNames(String profiles, String timeline, String search) {
}
