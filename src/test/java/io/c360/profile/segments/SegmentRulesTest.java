package io.c360.profile.segments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.c360.avro.ConsentState;
import io.c360.avro.CustomerProfile;
import io.c360.avro.LifecycleStage;
import io.c360.avro.Lineage;
import io.c360.avro.SourceSystem;
import io.c360.config.ConfigException;
import io.c360.config.RuleFiles;
import io.c360.config.ConfigLoader;
import io.c360.config.AppConfig;
import io.c360.profile.Profiles;
import org.junit.jupiter.api.Test;

class SegmentRulesTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static CustomerProfile profile(double ltv, LifecycleStage stage, String tier) {
        CustomerProfile p = Profiles.empty("c1", T0);
        p.getScores().setLtvHistorical(ltv);
        p.getScores().setLifecycleStage(stage);
        p.getLoyalty().setTier(tier);
        return p;
    }

    @Test
    void theShippedSegmentsEvaluateOnTheProfileFields() {
        SegmentRules rules = SegmentRules.parse(RuleFiles.load(new AppConfig(ConfigLoader.defaults()),
            "c360.segments.file", "segments.properties"));
        assertEquals(List.of("email-reachable", "high-value-at-risk"),
            rules.segmentsOf(profile(900, LifecycleStage.AT_RISK, null)));
        assertEquals(List.of("email-reachable", "lapsed-loyalty-member"),
            rules.segmentsOf(profile(10, LifecycleStage.LAPSED, "GOLD")));
        CustomerProfile optedOut = profile(10, LifecycleStage.ACTIVE, null);
        optedOut.getConsents().put("marketing:email",
            new ConsentState(false, new Lineage(SourceSystem.MARKETING, null, "m1", T0)));
        assertEquals(List.of(), rules.segmentsOf(optedOut));
    }

    @Test
    void aRuleThatFailsAtRunTimeLeavesTheCustomerOutOfThatSegmentOnly() {
        SegmentRules rules = SegmentRules.parse(Map.of(
            "broken", "commerce.orderCount.size() > 'x'",
            "works", "commerce.orderCount == 0"));
        assertEquals(List.of("works"), rules.segmentsOf(profile(0, LifecycleStage.PROSPECT, null)));
    }

    @Test
    void invalidRulesAndJavaAccessAreRejected() {
        ConfigException syntax = assertThrows(ConfigException.class,
            () -> SegmentRules.parse(Map.of("bad", "scores.ltvHistorical >=")));
        assertTrue(syntax.getMessage().contains("bad"));
        SegmentRules escape = SegmentRules.parse(Map.of("escape", "''.getClass().forName('java.lang.Runtime') != null"));
        assertEquals(List.of(), escape.segmentsOf(profile(0, LifecycleStage.PROSPECT, null)));
    }
}
