package io.c360.profile;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;

import io.c360.avro.CustomerProfile;
import io.c360.avro.TouchpointEvent;
import io.c360.config.AppConfig;
import io.c360.config.Durations;
import io.c360.config.RuleFiles;
import io.c360.privacy.PrivacyKeys;
import io.c360.privacy.Pseudonyms;
import io.c360.profile.relations.HouseholdKeys;
import io.c360.profile.scores.ScoreModel;
import io.c360.profile.sections.Sections;
import io.c360.profile.segments.MarketingConsent;
import io.c360.profile.segments.SegmentRules;
import io.c360.profile.survivorship.SurvivorshipRules;

/**
 * Everything that turns events into profiles, built once from config: survivorship, sections, scores and
 * segments, and the event-time settings (grace period, re-scoring interval).
 */
public final class ProfileModel {
    private final ProfileAggregator aggregator;
    private final ProfileMerger merger;
    private final ScoreModel scores = new ScoreModel();
    private final SegmentRules segments;
    private final Duration grace;
    private final Duration rescoreInterval;
    private final HouseholdKeys households;

    public ProfileModel(SurvivorshipRules survivorship, SegmentRules segments, Duration grace,
                        Duration rescoreInterval, HouseholdKeys households) {
        GoldenAttributes golden = new GoldenAttributes(survivorship);
        this.aggregator = new ProfileAggregator(golden, Sections.all());
        this.merger = new ProfileMerger(golden, Sections.all());
        this.segments = segments;
        this.grace = grace;
        this.rescoreInterval = rescoreInterval;
        this.households = households;
    }

    public static ProfileModel from(AppConfig config) {
        return new ProfileModel(
            SurvivorshipRules.parse(RuleFiles.load(config, "c360.survivorship.file", "survivorship.properties")),
            SegmentRules.parse(RuleFiles.load(config, "c360.segments.file", "segments.properties"))
                .withMarketing(MarketingConsent.from(config)),
            Durations.positive(config, "c360.profile.grace.period"),
            Durations.positive(config, "c360.profile.rescore.interval"),
            new HouseholdKeys(new Pseudonyms(PrivacyKeys.from(config))));
    }

    /** The event applied and the profile re-scored as of {@code streamTime}; the same instance if a repeat. */
    public CustomerProfile apply(CustomerProfile current, String customerId, TouchpointEvent event,
                                 Instant streamTime) {
        CustomerProfile updated = aggregator.apply(current, customerId, event, new EventClock(streamTime, grace));
        if (updated != current) {
            evaluate(updated, streamTime);
        }
        return updated;
    }

    /**
     * One source record's contribution after an event, updated in place: the caller owns it (just decoded). False
     * when the event was already applied.
     */
    public boolean applyToRecordInPlace(CustomerProfile contribution, TouchpointEvent event, Instant streamTime) {
        return aggregator.applyInPlace(contribution, event, new EventClock(streamTime, grace));
    }

    /** Adds a record's contribution (or a retired customer's profile) to a profile; scores not yet evaluated. */
    public CustomerProfile combine(CustomerProfile base, CustomerProfile part) {
        return merger.combine(base, part);
    }

    /** Adds a part to a profile being built, in place; the part must not be used afterwards. */
    public void addTo(CustomerProfile profile, CustomerProfile part) {
        merger.addTo(profile, part);
    }

    public CustomerProfile merge(CustomerProfile survivor, CustomerProfile retired, Instant streamTime) {
        CustomerProfile merged = merger.merge(survivor, retired);
        evaluate(merged, streamTime);
        return merged;
    }

    /** Scores, lifecycle, household and segments as of the given event time, in place. */
    public void evaluate(CustomerProfile profile, Instant asOf) {
        scores.evaluate(profile, asOf);
        profile.setHouseholdId(profile.getDeclaredHouseholdId() != null ? profile.getDeclaredHouseholdId()
            : households.derive(profile).orElse(null));
        profile.setSegments(new ArrayList<>(segments.segmentsOf(profile)));
    }

    public Duration rescoreInterval() {
        return rescoreInterval;
    }
}
