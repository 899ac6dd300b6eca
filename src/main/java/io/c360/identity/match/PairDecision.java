package io.c360.identity.match;

import io.c360.avro.LinkDecision;

/**
 * What a pair of records is: linked (MATCH), for a person to look at (REVIEW), linked only if one of them is
 * anonymous (WEAK), or nothing (decision null).
 */
public record PairDecision(LinkDecision decision, String rule) {
    public static final PairDecision NONE = new PairDecision(null, "no-match");

    public boolean isNone() {
        return decision == null;
    }
}
