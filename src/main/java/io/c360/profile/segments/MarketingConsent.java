package io.c360.profile.segments;

import java.util.List;
import java.util.Set;

import io.c360.avro.ConsentState;
import io.c360.avro.CustomerProfile;
import io.c360.config.AppConfig;

/**
 * Which segments are marketing audiences ({@code c360.segments.marketing}) and whether a profile may be in them: a
 * customer whose marketing consent (purpose {@code marketing}, any channel) was withdrawn leaves every audience
 * with the event that withdrew it. Without any marketing decision on record, {@code c360.consent.marketing.default}
 * decides (granted: soft opt-in; denied: opt-in regimes).
 */
public record MarketingConsent(Set<String> audiences, boolean grantedByDefault) {
    static final String PURPOSE = "marketing";

    public static MarketingConsent none() {
        return new MarketingConsent(Set.of(), true);
    }

    public static MarketingConsent from(AppConfig config) {
        String fallback = config.get("c360.consent.marketing.default", "granted").trim();
        if (!fallback.equals("granted") && !fallback.equals("denied")) {
            throw new io.c360.config.ConfigException("c360.consent.marketing.default must be granted or denied, not '"
                + fallback + "'");
        }
        return new MarketingConsent(Set.copyOf(config.getList("c360.segments.marketing")), fallback.equals("granted"));
    }

    /** Whether the customer may be addressed for marketing at all. */
    public boolean allows(CustomerProfile profile) {
        ConsentState general = profile.getConsents().get(PURPOSE);
        return general == null ? grantedByDefault : general.getGranted();
    }

    /** The segments without the marketing audiences when the customer may not be addressed for marketing. */
    List<String> filter(List<String> segments, CustomerProfile profile) {
        if (audiences.isEmpty() || allows(profile)) {
            return segments;
        }
        return segments.stream().filter(s -> !audiences.contains(s)).toList();
    }
}
