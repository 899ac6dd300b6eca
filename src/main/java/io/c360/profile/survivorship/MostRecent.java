package io.c360.profile.survivorship;

import java.util.Comparator;
import java.util.List;

import io.c360.avro.CandidateValue;

/** The value asserted last in event time wins; ties go to the smaller value so the result never depends on order. */
public final class MostRecent implements SurvivorshipStrategy {
    static final Comparator<CandidateValue> NEWEST_FIRST =
        Comparator.comparing((CandidateValue c) -> c.getLineage().getEventTime()).reversed()
            .thenComparing(CandidateValue::getValue);

    @Override
    public CandidateValue pick(List<CandidateValue> candidates) {
        return candidates.stream().min(NEWEST_FIRST).orElseThrow();
    }

    @Override
    public String toString() {
        return "most-recent";
    }
}
