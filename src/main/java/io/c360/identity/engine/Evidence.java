package io.c360.identity.engine;

import java.time.Instant;

import io.c360.avro.MatchEvidence;
import io.c360.identity.match.PairScore;
import io.c360.identity.match.PairScorer;
import io.c360.identity.match.RecordView;

/** Explains a link: the two records, the rule, the match weight and every field compared, recomputed on demand. */
final class Evidence {
    private final PairScorer scorer;
    private final RecordIndex index;

    Evidence(PairScorer scorer, RecordIndex index) {
        this.scorer = scorer;
        this.index = index;
    }

    /** The evidence with {@code left} on the left: callers choose the side that reads best (retired first). */
    MatchEvidence of(RecordView left, RecordView right, String rule, Instant at) {
        PairScore score = scorer.score(left, right, index::linkable, true);
        return new MatchEvidence(left.key(), right.key(), rule, score.score(), at, score.fields());
    }
}
