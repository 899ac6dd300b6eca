package io.c360.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.c360.avro.CandidateValue;
import io.c360.avro.GoldenValue;
import io.c360.avro.Lineage;
import io.c360.profile.survivorship.SurvivorshipStrategy;

/**
 * Keeps every distinct value asserted for an attribute, with its newest lineage, and lets the survivorship
 * strategy choose the golden one. Keeping the candidates (not just the winner) makes merging two profiles
 * and changing the strategy exact.
 */
public final class GoldenAttributes {
    static final int MAX_CANDIDATES = 10;

    private final SurvivorshipStrategy strategy;

    public GoldenAttributes(SurvivorshipStrategy strategy) {
        this.strategy = strategy;
    }

    /** Adds candidate values to the attributes map, in place. */
    public void assertValues(Map<String, GoldenValue> attributes, Map<String, CandidateValue> asserted) {
        asserted.forEach((name, candidate) -> {
            List<CandidateValue> candidates = candidatesOf(attributes.get(name));
            candidates.add(candidate);
            attributes.put(name, choose(candidates));
        });
    }

    /** Combines two attribute maps, as when two customers turn out to be one person. */
    public Map<String, GoldenValue> combine(Map<String, GoldenValue> a, Map<String, GoldenValue> b) {
        Map<String, GoldenValue> result = new LinkedHashMap<>(a);
        b.forEach((name, golden) -> {
            List<CandidateValue> candidates = candidatesOf(result.get(name));
            candidates.addAll(candidatesOf(golden));
            result.put(name, choose(candidates));
        });
        return result;
    }

    private GoldenValue choose(List<CandidateValue> all) {
        List<CandidateValue> distinct = distinctNewest(all);
        CandidateValue winner = strategy.pick(distinct);
        List<CandidateValue> alternates = new ArrayList<>(distinct);
        alternates.remove(winner);
        return GoldenValue.newBuilder()
            .setValue(winner.getValue())
            .setLineage(winner.getLineage())
            .setAlternates(alternates)
            .build();
    }

    /** One candidate per value (its newest lineage), newest first, at most {@link #MAX_CANDIDATES}. */
    private static List<CandidateValue> distinctNewest(List<CandidateValue> all) {
        Map<String, CandidateValue> byValue = new LinkedHashMap<>();
        for (CandidateValue c : all) {
            byValue.merge(c.getValue(), c, (x, y) -> newer(x.getLineage(), y.getLineage()) ? x : y);
        }
        return byValue.values().stream()
            .sorted(Comparator.comparing((CandidateValue c) -> c.getLineage().getEventTime()).reversed()
                .thenComparing(CandidateValue::getValue))
            .limit(MAX_CANDIDATES)
            .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    private static boolean newer(Lineage x, Lineage y) {
        int byTime = x.getEventTime().compareTo(y.getEventTime());
        return byTime != 0 ? byTime > 0 : x.getEventId().compareTo(y.getEventId()) >= 0;
    }

    static List<CandidateValue> candidatesOf(GoldenValue golden) {
        List<CandidateValue> list = new ArrayList<>();
        if (golden != null) {
            list.add(new CandidateValue(golden.getValue(), golden.getLineage()));
            list.addAll(golden.getAlternates());
        }
        return list;
    }
}
