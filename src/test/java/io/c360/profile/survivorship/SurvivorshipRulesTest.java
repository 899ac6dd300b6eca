package io.c360.profile.survivorship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.c360.avro.CandidateValue;
import io.c360.avro.Lineage;
import io.c360.avro.SourceSystem;
import io.c360.config.ConfigException;
import org.junit.jupiter.api.Test;

class SurvivorshipRulesTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static CandidateValue candidate(String value, SourceSystem source, int minutes, int count) {
        return new CandidateValue(value, new Lineage(source, null, source + "-" + minutes, T0.plusSeconds(60L * minutes)),
            count);
    }

    private final List<CandidateValue> names = List.of(
        candidate("Robert", SourceSystem.CRM, 0, 1),
        candidate("Bob", SourceSystem.POS, 30, 3),
        candidate("R.", SourceSystem.CALLCENTER, 60, 1));

    @Test
    void mostRecentTakesTheNewestValue() {
        assertEquals("R.", new MostRecent().pick(names).getValue());
    }

    @Test
    void sourcePriorityTakesTheSourceOfRecordEvenWhenOlder() {
        assertEquals("Robert", new SourcePriority(List.of(SourceSystem.CRM, SourceSystem.POS)).pick(names).getValue());
        assertEquals("Bob", new SourcePriority(List.of(SourceSystem.POS)).pick(names).getValue());
        assertEquals("R.", new SourcePriority(List.of(SourceSystem.LOYALTY)).pick(names).getValue(),
            "unlisted sources tie, and the newest of them wins");
    }

    @Test
    void mostFrequentCountsAssertionsAcrossSources() {
        List<CandidateValue> withRepeat = List.of(names.get(0), names.get(1), names.get(2),
            candidate("Robert", SourceSystem.LOYALTY, 10, 1));
        assertEquals("Bob", new MostFrequent().pick(withRepeat).getValue());
        List<CandidateValue> tie = List.of(candidate("A", SourceSystem.CRM, 0, 2), candidate("B", SourceSystem.POS, 5, 2));
        assertEquals("B", new MostFrequent().pick(tie).getValue());
    }

    @Test
    void mostCompleteCountsLettersAndDigits() {
        assertEquals("Robert", new MostComplete().pick(names).getValue());
        assertEquals(3, MostComplete.completeness("12 B."));
    }

    @Test
    void rulesComeFromConfigWithADefault() {
        SurvivorshipRules rules = SurvivorshipRules.parse(Map.of(
            "default", "most-frequent",
            "firstName", "source-priority: crm , pos",
            "street", "most-complete"));
        assertTrue(rules.forAttribute("firstName") instanceof SourcePriority);
        assertEquals("Robert", rules.forAttribute("firstName").pick(names).getValue());
        assertTrue(rules.forAttribute("street") instanceof MostComplete);
        assertTrue(rules.forAttribute("anythingElse") instanceof MostFrequent);
        assertTrue(SurvivorshipRules.parse(Map.of()).forAttribute("x") instanceof MostRecent);
    }

    @Test
    void unknownStrategiesAndSourcesAreConfigErrors() {
        ConfigException strategy = assertThrows(ConfigException.class,
            () -> SurvivorshipRules.parse(Map.of("firstName", "newest")));
        assertTrue(strategy.getMessage().contains("firstName") && strategy.getMessage().contains("newest"));
        ConfigException source = assertThrows(ConfigException.class,
            () -> SurvivorshipRules.parse(Map.of("email", "source-priority:CRM,SAP")));
        assertTrue(source.getMessage().contains("SAP"));
    }
}
