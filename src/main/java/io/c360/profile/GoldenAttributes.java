package io.c360.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.c360.avro.CandidateValue;
import io.c360.avro.GoldenValue;
import io.c360.avro.Lineage;
import io.c360.profile.survivorship.SurvivorshipRules;

/**
 * Keeps every value asserted for an attribute, one candidate per value and source with its newest lineage
 * and a count, and lets the attribute's survivorship strategy choose the golden one. Keeping the candidates
 * (not just the winner) makes merging two profiles exact and every decision explainable.
 */
public final class GoldenAttributes {
    static final int MAX_CANDIDATES = 10;

    private final SurvivorshipRules rules;

    public GoldenAttributes(SurvivorshipRules rules) {
        this.rules = rules;
    }

    /** Adds candidate values to the attributes map, in place. */
    public void assertValues(Map<String, GoldenValue> attributes, Map<String, CandidateValue> asserted) {
        asserted.forEach((name, candidate) -> {
            List<CandidateValue> candidates = candidatesOf(attributes.get(name));
            candidates.add(candidate);
            attributes.put(name, choose(name, candidates));
        });
    }

    /** Combines two attribute maps, as when two customers turn out to be one person. */
    public Map<String, GoldenValue> combine(Map<String, GoldenValue> a, Map<String, GoldenValue> b) {
        Map<String, GoldenValue> result = new LinkedHashMap<>(a);
        b.forEach((name, golden) -> {
            List<CandidateValue> candidates = candidatesOf(result.get(name));
            candidates.addAll(candidatesOf(golden));
            result.put(name, choose(name, candidates));
        });
        return result;
    }

    private GoldenValue choose(String attribute, List<CandidateValue> all) {
        List<CandidateValue> distinct = distinctNewest(all);
        CandidateValue winner = rules.forAttribute(attribute).pick(distinct);
        List<CandidateValue> alternates = new ArrayList<>(distinct);
        alternates.remove(winner);
        return GoldenValue.newBuilder()
            .setValue(winner.getValue())
            .setLineage(winner.getLineage())
            .setCount(winner.getCount())
            .setAlternates(alternates)
            .build();
    }

    /** One candidate per value and source (newest lineage, counts added), newest first, capped. */
    private static List<CandidateValue> distinctNewest(List<CandidateValue> all) {
        Map<String, CandidateValue> byValueAndSource = new LinkedHashMap<>();
        for (CandidateValue c : all) {
            byValueAndSource.merge(c.getLineage().getSource() + "\u0000" + c.getValue(), c, GoldenAttributes::combine);
        }
        return byValueAndSource.values().stream()
            .sorted(Comparator.comparing((CandidateValue c) -> c.getLineage().getEventTime()).reversed()
                .thenComparing(CandidateValue::getValue)
                .thenComparing(c -> c.getLineage().getSource()))
            .limit(MAX_CANDIDATES)
            .collect(Collectors.toCollection(ArrayList::new));
    }

    private static CandidateValue combine(CandidateValue x, CandidateValue y) {
        Lineage newest = newer(x.getLineage(), y.getLineage()) ? x.getLineage() : y.getLineage();
        return new CandidateValue(x.getValue(), newest, x.getCount() + y.getCount());
    }

    private static boolean newer(Lineage x, Lineage y) {
        int byTime = x.getEventTime().compareTo(y.getEventTime());
        return byTime != 0 ? byTime > 0 : x.getEventId().compareTo(y.getEventId()) >= 0;
    }

    static List<CandidateValue> candidatesOf(GoldenValue golden) {
        List<CandidateValue> list = new ArrayList<>();
        if (golden != null) {
            list.add(CandidateValue.newBuilder().setValue(golden.getValue()).setLineage(golden.getLineage())
                .setCount(golden.getCount()).build());
            list.addAll(golden.getAlternates());
        }
        return list;
    }
}
