package io.c360.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;

import io.c360.avro.CommerceSummary;
import io.c360.avro.CustomerProfile;
import io.c360.avro.EngagementCounters;
import io.c360.avro.LoyaltySummary;
import io.c360.avro.MarketingSummary;
import io.c360.avro.Preferences;
import io.c360.avro.Scores;
import io.c360.avro.ServiceSummary;
import io.c360.avro.SocialSummary;
import io.c360.avro.WebSummary;
import org.apache.avro.specific.SpecificData;

/** Factory of empty profiles and retired-profile stubs. */
public final class Profiles {
    private Profiles() {
    }

    /** Copied for each new profile: filling in every field's schema default through builders cost more. */
    private static final CustomerProfile EMPTY = build("", Instant.EPOCH);
    private static final SpecificData MODEL = SpecificData.getForClass(CustomerProfile.class);

    public static CustomerProfile empty(String customerId, Instant at) {
        CustomerProfile p = MODEL.deepCopy(CustomerProfile.getClassSchema(), EMPTY);
        p.setCustomerId(customerId);
        p.setCreatedAt(at);
        p.setUpdatedAt(at);
        return p;
    }

    static CustomerProfile build(String customerId, Instant at) {
        return CustomerProfile.newBuilder()
            .setCustomerId(customerId)
            .setCreatedAt(at)
            .setUpdatedAt(at)
            .setAttributes(new LinkedHashMap<>())
            .setIdentifiers(new ArrayList<>())
            .setSourceRecords(new ArrayList<>())
            .setEventsBySource(new HashMap<>())
            .setCommerce(CommerceSummary.newBuilder().build())
            .setService(ServiceSummary.newBuilder().build())
            .setMarketing(MarketingSummary.newBuilder().setTotals(EngagementCounters.newBuilder().build()).build())
            .setWeb(WebSummary.newBuilder().build())
            .setSocial(SocialSummary.newBuilder().build())
            .setLoyalty(LoyaltySummary.newBuilder().build())
            .setConsents(new HashMap<>())
            .setPreferences(Preferences.newBuilder().build())
            .setScores(Scores.newBuilder().build())
            .setMergedFrom(new ArrayList<>())
            .setRecentEventIds(new ArrayList<>())
            .build();
    }

    /** What stays of a customer merged into another: a pointer, so lookups by the old id find the survivor. */
    public static CustomerProfile retired(String customerId, String survivorId, Instant createdAt, Instant at) {
        CustomerProfile stub = empty(customerId, createdAt);
        stub.setUpdatedAt(at);
        stub.setMergedInto(survivorId);
        return stub;
    }

    public static boolean isRetired(CustomerProfile profile) {
        return profile != null && profile.getMergedInto() != null;
    }

    /** A deep copy, so an update never mutates the value read from the store. */
    public static CustomerProfile copy(CustomerProfile profile) {
        return CustomerProfile.newBuilder(profile).build();
    }
}
