package io.c360.profile;

import java.time.Duration;
import java.util.Map;

import io.c360.config.AppConfig;
import io.c360.config.ConfigLoader;
import io.c360.privacy.PrivacyKeys;
import io.c360.privacy.Pseudonyms;
import io.c360.profile.relations.HouseholdKeys;
import io.c360.profile.segments.SegmentRules;
import io.c360.profile.survivorship.SurvivorshipRules;

/** Profile models for tests: the shipped configuration, or most-recent survivorship and no segments. */
public final class TestModels {
    private TestModels() {
    }

    public static ProfileModel defaults() {
        return ProfileModel.from(new AppConfig(ConfigLoader.defaults()));
    }

    public static ProfileModel mostRecentEverywhere() {
        return new ProfileModel(SurvivorshipRules.mostRecentEverywhere(), SegmentRules.parse(Map.of()),
            Duration.ofHours(24), Duration.ofDays(1), new HouseholdKeys(new Pseudonyms(PrivacyKeys.from(
                new AppConfig(ConfigLoader.defaults()).with(Map.of("application.id", "test-models"))))));
    }
}
