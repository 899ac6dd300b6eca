package io.c360.profile.survivorship;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.c360.avro.CandidateValue;

/** The value asserted most often across all sources wins; ties go to the newest. */
public final class MostFrequent implements SurvivorshipStrategy {
    @Override
    public CandidateValue pick(List<CandidateValue> candidates) {
        Map<String, Integer> counts = candidates.stream()
            .collect(Collectors.groupingBy(CandidateValue::getValue, Collectors.summingInt(CandidateValue::getCount)));
        return candidates.stream()
            .min(Comparator.comparingInt((CandidateValue c) -> -counts.get(c.getValue()))
                .thenComparing(MostRecent.NEWEST_FIRST))
            .orElseThrow();
    }

    @Override
    public String toString() {
        return "most-frequent";
    }
}
