package io.c360.identity;

import io.c360.avro.CustomerMerged;
import io.c360.avro.FieldScore;
import io.c360.avro.MatchEvidence;

/**
 * What {@code customer-merged} publishes of a merge: who merged into whom, when, by which rule, with the
 * fields compared, their outcomes, weights and the score — not the values compared. The topic is read in
 * clear by downstream systems and outlives an erasure until compaction. The merge history in the identity store
 * keeps no values either; {@code GET /customers/{id}/identity} shows values only for the links between the
 * customer's current records.
 */
public final class MergeNotices {
    private MergeNotices() {
    }

    public static CustomerMerged withoutValues(CustomerMerged merge) {
        if (merge.getLink() == null) {
            return merge;
        }
        return CustomerMerged.newBuilder(merge).setLink(withoutValues(merge.getLink())).build();
    }

    /** The decision without the values compared: rule, score, and per field its outcome and weight. */
    public static MatchEvidence withoutValues(MatchEvidence link) {
        if (link == null) {
            return null;
        }
        return MatchEvidence.newBuilder(link)
            .setFields(link.getFields().stream().map(MergeNotices::withoutValues).toList())
            .build();
    }

    private static FieldScore withoutValues(FieldScore field) {
        return FieldScore.newBuilder(field).setLeft(null).setRight(null).build();
    }
}
