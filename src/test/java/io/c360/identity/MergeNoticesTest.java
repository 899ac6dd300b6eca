package io.c360.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.c360.avro.CustomerMerged;
import io.c360.avro.FieldScore;
import io.c360.avro.MatchEvidence;
import org.junit.jupiter.api.Test;

/** customer-merged keeps the rule, fields, outcomes, weights and score of a merge, never the values compared. */
class MergeNoticesTest {
    private static final Instant AT = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void theComparedValuesAreDroppedAndEverythingElseIsKept() {
        MatchEvidence link = new MatchEvidence("CRM:1", "CRM:2", "fuzzy-match", 14.2, AT, List.of(
            new FieldScore("firstName", "Katherine", "Kathy", "nickname", 3.1),
            new FieldScore("birthDate", "1975-11-02", "1975-02-11", "transposed", 4.0)));
        CustomerMerged merge = new CustomerMerged("c-2", "c-1", AT, "fuzzy-match",
            Map.of("score", "14.20", "firstName", "nickname +3.10"), "e-9", link);

        CustomerMerged published = MergeNotices.withoutValues(merge);

        assertEquals(List.of("firstName", "birthDate"),
            published.getLink().getFields().stream().map(FieldScore::getField).toList());
        assertEquals(List.of("nickname", "transposed"),
            published.getLink().getFields().stream().map(FieldScore::getLevel).toList());
        assertEquals(List.of(3.1, 4.0), published.getLink().getFields().stream().map(FieldScore::getWeight).toList());
        published.getLink().getFields().forEach(field -> {
            assertNull(field.getLeft());
            assertNull(field.getRight());
        });
        assertEquals(14.2, published.getLink().getScore());
        assertEquals(merge.getEvidence(), published.getEvidence());
        assertEquals(List.of("c-2", "c-1", AT, "fuzzy-match", "e-9"), List.of(published.getRetiredId(),
            published.getSurvivorId(), published.getMergedAt(), published.getRule(), published.getCauseEventId()));
        assertEquals("Katherine", merge.getLink().getFields().get(0).getLeft(), "the stored evidence is not touched");
    }

    @Test
    void aMergeWithoutALinkIsPublishedAsItIs() {
        CustomerMerged merge = new CustomerMerged("c-2", "c-1", AT, "reclustered", Map.of(), "e-9", null);
        assertSame(merge, MergeNotices.withoutValues(merge));
    }
}
