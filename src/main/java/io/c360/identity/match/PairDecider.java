package io.c360.identity.match;

import io.c360.avro.LinkDecision;
import io.c360.identity.IdentityRules;

/**
 * Turns a pair's score into a decision. Merge protection first: birth dates that clearly differ are never
 * linked automatically, and given names that clearly differ are two people even when they share a mailbox or
 * a landline (household identifiers); either goes to review when the rest of the evidence says match. Then a
 * shared strong identifier links on its own, and otherwise the Fellegi-Sunter weight decides between match,
 * review and no match. A shared weak identifier alone is a WEAK link.
 */
public final class PairDecider {
    public static final String RULE_SHARED_IDENTIFIER = "shared-identifier:";
    public static final String RULE_FUZZY = "fuzzy-match";
    public static final String RULE_WEAK = "weak-identifier:";
    public static final String REVIEW_BIRTH_DATES = "review:birth-dates-differ";
    public static final String REVIEW_GIVEN_NAMES = "review:given-names-differ";
    public static final String REVIEW_SCORE = "review:score-between-thresholds";

    private final IdentityRules rules;
    private final MatchWeights weights;

    public PairDecider(IdentityRules rules, MatchWeights weights) {
        this.rules = rules;
        this.weights = weights;
    }

    public PairDecision decide(PairScore score) {
        boolean sharesStrong = !score.sharedStrong().isEmpty();
        boolean wouldMatch = sharesStrong || score.score() >= weights.matchThreshold();
        if (score.birthDatesConflict()) {
            return wouldMatch ? new PairDecision(LinkDecision.REVIEW, REVIEW_BIRTH_DATES) : PairDecision.NONE;
        }
        if (score.givenNamesConflict()) {
            boolean personLevel = score.sharedStrong().stream().anyMatch(key -> !rules.rule(type(key)).household());
            return personLevel || score.score() >= weights.matchThreshold()
                ? new PairDecision(LinkDecision.REVIEW, REVIEW_GIVEN_NAMES) : PairDecision.NONE;
        }
        if (sharesStrong) {
            return new PairDecision(LinkDecision.MATCH, RULE_SHARED_IDENTIFIER + type(score.sharedStrong().get(0)));
        }
        if (score.score() >= weights.matchThreshold()) {
            return new PairDecision(LinkDecision.MATCH, RULE_FUZZY);
        }
        if (score.score() >= weights.reviewThreshold()) {
            return new PairDecision(LinkDecision.REVIEW, REVIEW_SCORE);
        }
        if (!score.sharedWeak().isEmpty()) {
            return new PairDecision(LinkDecision.WEAK, RULE_WEAK + type(score.sharedWeak().get(0)));
        }
        return PairDecision.NONE;
    }

    private static String type(String identifierKey) {
        return identifierKey.substring(0, identifierKey.indexOf(':'));
    }
}
