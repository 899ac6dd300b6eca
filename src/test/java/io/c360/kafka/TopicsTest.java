package io.c360.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import io.c360.config.AppConfig;
import io.c360.config.ConfigLoader;
import org.junit.jupiter.api.Test;

/** The topic settings that bound how long personal data stays in c360's output topics come from config. */
class TopicsTest {
    private static Topics topics(Map<String, String> overrides) {
        return new Topics(new AppConfig(ConfigLoader.defaults()).with(overrides));
    }

    @Test
    void profileChangedIsCompactedWithinAnHourByDefaultAndTheBoundsFollowConfig() {
        TopicSpec byDefault = topics(Map.of()).profileChanged();
        assertTrue(byDefault.compacted());
        assertEquals("3600000", byDefault.configs().get("max.compaction.lag.ms"));
        assertEquals("3600000", byDefault.configs().get("segment.ms"));

        TopicSpec tighter = topics(Map.of("c360.topic.profile.changed.max.compaction.lag.ms", "600000",
            "c360.topic.profile.changed.segment.ms", "300000")).profileChanged();
        assertEquals("600000", tighter.configs().get("max.compaction.lag.ms"));
        assertEquals("300000", tighter.configs().get("segment.ms"));
    }

    @Test
    void deadLettersAreKeptSevenDaysByDefaultAndAsLongAsConfigured() {
        TopicSpec byDefault = topics(Map.of()).deadLetter();
        assertFalse(byDefault.compacted());
        assertEquals(String.valueOf(7L * 24 * 3600 * 1000), byDefault.configs().get("retention.ms"));
        assertEquals("86400000", byDefault.configs().get("segment.ms"));
        assertEquals("3600000", topics(Map.of("c360.topic.dead.letter.retention.ms", "3600000")).deadLetter()
            .configs().get("retention.ms"));
    }
}
