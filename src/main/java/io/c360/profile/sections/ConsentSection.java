package io.c360.profile.sections;

import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

import io.c360.avro.CampaignEngagement;
import io.c360.avro.ConsentChange;
import io.c360.avro.ConsentState;
import io.c360.avro.CustomerProfile;
import io.c360.avro.EngagementAction;
import io.c360.avro.Preferences;
import io.c360.avro.ServiceInteraction;
import io.c360.avro.TouchpointEvent;
import io.c360.profile.EventAttributes;
import io.c360.profile.EventClock;
import io.c360.profile.ProfileSection;

/**
 * Consent per purpose and channel (the latest decision in event time wins) and contact preferences learnt
 * from responses: opens, clicks and conversions of campaigns, and contacts the customer started.
 */
public final class ConsentSection implements ProfileSection {
    static final String DO_NOT_CALL = "do_not_call";

    @Override
    public void apply(CustomerProfile profile, TouchpointEvent event, EventClock clock) {
        Object payload = event.getPayload();
        if (payload instanceof ConsentChange consent) {
            recordConsent(profile, consent, event);
        } else if (payload instanceof CampaignEngagement engagement && isResponse(engagement.getAction())) {
            String channel = engagement.getCampaignChannel() == null ? event.getChannel().name()
                : engagement.getCampaignChannel();
            recordResponse(profile, channel, event);
        } else if (payload instanceof ServiceInteraction) {
            recordResponse(profile, event.getChannel().name(), event);
        }
    }

    @Override
    public void merge(CustomerProfile survivor, CustomerProfile retired) {
        retired.getConsents().forEach((key, state) -> survivor.getConsents().merge(key, state, ConsentSection::later));
        Preferences a = survivor.getPreferences();
        Preferences b = retired.getPreferences();
        b.getResponsesByChannel().forEach((k, n) -> a.getResponsesByChannel().merge(k, n, Long::sum));
        b.getResponsesByHour().forEach((k, n) -> a.getResponsesByHour().merge(k, n, Long::sum));
        derive(survivor);
    }

    private static void recordConsent(CustomerProfile p, ConsentChange consent, TouchpointEvent event) {
        String purpose = consent.getPurpose().trim().toLowerCase(Locale.ROOT);
        String key = consent.getConsentChannel() == null ? purpose
            : purpose + ":" + consent.getConsentChannel().trim().toLowerCase(Locale.ROOT);
        ConsentState current = p.getConsents().get(key);
        if (current == null || !event.getEventTime().isBefore(current.getLineage().getEventTime())) {
            p.getConsents().put(key, new ConsentState(consent.getGranted(), EventAttributes.lineageOf(event)));
        }
        derive(p);
    }

    private static void recordResponse(CustomerProfile p, String channel, TouchpointEvent event) {
        Preferences prefs = p.getPreferences();
        prefs.getResponsesByChannel().merge(channel.toLowerCase(Locale.ROOT), 1L, Long::sum);
        int hour = event.getEventTime().atOffset(ZoneOffset.UTC).getHour();
        prefs.getResponsesByHour().merge(String.valueOf(hour), 1L, Long::sum);
        derive(p);
    }

    /** Do-not-call follows the latest phone decision: an explicit do_not_call, or marketing on phone. */
    private static void derive(CustomerProfile p) {
        ConsentState explicit = p.getConsents().get(DO_NOT_CALL);
        ConsentState phone = p.getConsents().get("marketing:phone");
        ConsentState latest = explicit == null ? phone : phone == null ? explicit : later(explicit, phone);
        boolean doNotCall = latest != null && (latest == explicit ? latest.getGranted() : !latest.getGranted());
        p.getPreferences().setDoNotCall(doNotCall);
        p.getPreferences().setPreferredChannel(argMax(p.getPreferences().getResponsesByChannel()));
        String bestHour = argMax(p.getPreferences().getResponsesByHour());
        p.getPreferences().setBestContactHour(bestHour == null ? null : Integer.valueOf(bestHour));
    }

    private static boolean isResponse(EngagementAction action) {
        return action == EngagementAction.OPENED || action == EngagementAction.CLICKED
            || action == EngagementAction.CONVERTED;
    }

    private static String argMax(Map<String, Long> counts) {
        // ties go to the smaller key, so the answer never depends on map order
        return counts.entrySet().stream()
            .max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder()))
            .map(Map.Entry::getKey).orElse(null);
    }

    private static ConsentState later(ConsentState a, ConsentState b) {
        return b.getLineage().getEventTime().isAfter(a.getLineage().getEventTime()) ? b : a;
    }
}
