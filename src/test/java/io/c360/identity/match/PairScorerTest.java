package io.c360.identity.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.c360.avro.AttributeValue;
import io.c360.avro.IdentityRecord;
import io.c360.avro.LinkDecision;
import io.c360.config.AppConfig;
import io.c360.config.ConfigLoader;
import io.c360.identity.IdentityRules;
import org.junit.jupiter.api.Test;

/** Household evidence (family name, one address) does not make two records one person; names the other way round do. */
class PairScorerTest {
    private final AppConfig config = new AppConfig(ConfigLoader.defaults());
    private final MatchWeights weights = MatchWeights.from(config);
    private final PairScorer scorer = new PairScorer(weights, IdentityRules.from(config), NameGroups.nicknames(),
        NameGroups.romanisations());
    private final PairDecider decider = new PairDecider(IdentityRules.from(config), weights);

    @Test
    void familyNameAndAddressAloneGoToReview() {
        RecordView anna = record("a", Map.of("firstName", "Anna", "lastName", "Santoro", "street", "Via Roma 72",
            "postcode", "90160", "city", "Palermo"));
        RecordView someSantoro = record("b", Map.of("lastName", "Santoro", "street", "Via Roma 72",
            "postcode", "90160", "city", "Palermo"));
        PairScore score = scorer.score(anna, someSantoro, key -> true, false);

        assertFalse(score.personal());
        assertEquals(LinkDecision.REVIEW, decider.decide(score).decision());
    }

    @Test
    void anAddressCountsOnceNotOncePerPart() {
        RecordView a = record("a", Map.of("firstName", "Sandra", "lastName", "Schmidt", "street", "Gartenstraße 91",
            "postcode", "40497", "city", "Düsseldorf"));
        RecordView b = record("b", Map.of("firstName", "Andrea", "lastName", "Weber", "street", "Gartenstraße 91",
            "postcode", "40497", "city", "Düsseldorf"));

        assertTrue(scorer.score(a, b, key -> true, false).score() < weights.matchThreshold());
    }

    @Test
    void aSwappedRecordIsReadWithItsGivenNameInTheFamilyColumn() {
        RecordView swapped = record("a", Map.of("firstName", "Ward", "lastName", "Ollie"));
        RecordView other = record("b", Map.of("firstName", "Isla", "lastName", "Ward"));

        assertTrue(scorer.score(swapped, other, key -> true, false).givenNamesConflict());
    }

    @Test
    void aSwappedNameInAnotherRomanisationIsNoConflict() {
        RecordView pinyin = record("a", Map.of("firstName", "Zixuan", "lastName", "Luo"));
        RecordView cantonese = record("b", Map.of("firstName", "Law", "lastName", "Zixuan"));
        PairScore score = scorer.score(pinyin, cantonese, key -> true, true);

        assertFalse(score.givenNamesConflict(), score.fields().toString());
        assertTrue(score.swapped());
    }

    private static RecordView record(String key, Map<String, String> attributes) {
        Map<String, AttributeValue> values = new HashMap<>();
        attributes.forEach((name, value) -> values.put(name, new AttributeValue(value, Instant.EPOCH)));
        List<String> identifiers = new ArrayList<>();
        return new RecordView(new IdentityRecord(key, "TEST", "c-" + key, Instant.EPOCH, values, identifiers));
    }
}
