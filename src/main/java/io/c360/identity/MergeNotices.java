package io.c360.identity;

import io.c360.avro.CustomerMerged;
import io.c360.avro.FieldScore;
import io.c360.avro.MatchEvidence;

/**
 * What {@code customer-merged} publishes of a merge: who merged into whom, when, by which rule, with the
 * fields compared, their outcomes, weights and the score — not the values compared. The topic is read in
 * clear by downstream systems and outlives an erasure until compaction; the values stay in the sealed
 * identity store, served by {@code GET /customers/{id}/identity}.
 */
public final class MergeNotices {
    private MergeNotices() {
    }

    public static CustomerMerged withoutValues(CustomerMerged merge) {
        if (merge.getLink() == null) {
            return merge;
        }
        MatchEvidence link = MatchEvidence.newBuilder(merge.getLink())
            .setFields(merge.getLink().getFields().stream().map(MergeNotices::withoutValues).toList())
            .build();
        return CustomerMerged.newBuilder(merge).setLink(link).build();
    }

    private static FieldScore withoutValues(FieldScore field) {
        return FieldScore.newBuilder(field).setLeft(null).setRight(null).build();
    }
}
