package io.c360.identity.engine;

import java.time.Instant;
import java.util.Comparator;

import io.c360.avro.LinkDecision;

/** A link between two records of a component, left before right. */
record Edge(String left, String right, LinkDecision decision, String rule, double score, Instant decidedAt) {
    /** Manual links first, then the strongest, then by record keys: a total order, so clustering is deterministic. */
    static final Comparator<Edge> STRONGEST_FIRST = Comparator
        .comparing((Edge e) -> e.decision() != LinkDecision.MANUAL)
        .thenComparing(Comparator.comparingDouble(Edge::score).reversed())
        .thenComparing(Edge::left)
        .thenComparing(Edge::right);
}
