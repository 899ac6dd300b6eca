package io.c360.profile.survivorship;

import java.util.Comparator;
import java.util.List;

import io.c360.avro.CandidateValue;
import io.c360.avro.SourceSystem;

/**
 * The value from the most trusted source wins (the source of record for the attribute); among values of
 * equally trusted sources the newest wins. Sources not listed rank after every listed one.
 */
public final class SourcePriority implements SurvivorshipStrategy {
    private final List<SourceSystem> order;

    public SourcePriority(List<SourceSystem> order) {
        this.order = List.copyOf(order);
    }

    @Override
    public CandidateValue pick(List<CandidateValue> candidates) {
        return candidates.stream()
            .min(Comparator.comparingInt((CandidateValue c) -> rank(c.getLineage().getSource()))
                .thenComparing(MostRecent.NEWEST_FIRST))
            .orElseThrow();
    }

    private int rank(SourceSystem source) {
        int i = order.indexOf(source);
        return i < 0 ? order.size() : i;
    }

    @Override
    public String toString() {
        return "source-priority:" + order;
    }
}
