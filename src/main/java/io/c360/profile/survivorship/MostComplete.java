package io.c360.profile.survivorship;

import java.util.Comparator;
import java.util.List;

import io.c360.avro.CandidateValue;

/**
 * The most complete value wins: the one with the most letters and digits ("Robert" over "R.", a street with
 * its unit over one without); ties go to the newest.
 */
public final class MostComplete implements SurvivorshipStrategy {
    @Override
    public CandidateValue pick(List<CandidateValue> candidates) {
        return candidates.stream()
            .min(Comparator.comparingLong((CandidateValue c) -> -completeness(c.getValue()))
                .thenComparing(MostRecent.NEWEST_FIRST))
            .orElseThrow();
    }

    static long completeness(String value) {
        return value.codePoints().filter(Character::isLetterOrDigit).count();
    }

    @Override
    public String toString() {
        return "most-complete";
    }
}
