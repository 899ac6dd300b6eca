package io.c360.profile.sections;

import java.util.Locale;

import io.c360.avro.CustomerProfile;
import io.c360.avro.SocialInteraction;
import io.c360.avro.SocialSummary;
import io.c360.avro.TouchpointEvent;
import io.c360.profile.EventClock;
import io.c360.profile.ProfileSection;
import io.c360.profile.Times;

/** Social interactions and mentions per network, with the mean sentiment. */
public final class SocialSection implements ProfileSection {

    @Override
    public void apply(CustomerProfile profile, TouchpointEvent event, EventClock clock) {
        if (!(event.getPayload() instanceof SocialInteraction social)) {
            return;
        }
        SocialSummary s = profile.getSocial();
        s.setInteractions(s.getInteractions() + 1);
        if (social.getKind().toLowerCase(Locale.ROOT).contains("mention")) {
            s.setMentions(s.getMentions() + 1);
        }
        s.getByNetwork().merge(social.getNetwork().toLowerCase(Locale.ROOT), 1L, Long::sum);
        s.setLastAt(Times.max(s.getLastAt(), event.getEventTime()));
        if (social.getSentiment() != null) {
            s.setSentimentSum(s.getSentimentSum() + social.getSentiment());
            s.setSentimentCount(s.getSentimentCount() + 1);
        }
        derive(s);
    }

    @Override
    public void merge(CustomerProfile survivor, CustomerProfile retired) {
        SocialSummary a = survivor.getSocial();
        SocialSummary b = retired.getSocial();
        a.setInteractions(a.getInteractions() + b.getInteractions());
        a.setMentions(a.getMentions() + b.getMentions());
        b.getByNetwork().forEach((k, n) -> a.getByNetwork().merge(k, n, Long::sum));
        a.setLastAt(Times.max(a.getLastAt(), b.getLastAt()));
        a.setSentimentSum(a.getSentimentSum() + b.getSentimentSum());
        a.setSentimentCount(a.getSentimentCount() + b.getSentimentCount());
        derive(a);
    }

    private static void derive(SocialSummary s) {
        s.setAverageSentiment(s.getSentimentCount() == 0 ? null : s.getSentimentSum() / s.getSentimentCount());
    }
}
