package io.c360.profile.survivorship;

import java.util.List;

import io.c360.avro.CandidateValue;

/** Picks the golden value of one attribute among the values the sources asserted. */
@FunctionalInterface
public interface SurvivorshipStrategy {
    /** @param candidates non-empty, one entry per distinct value */
    CandidateValue pick(List<CandidateValue> candidates);
}
