package io.c360.profile.sections;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.c360.avro.CustomerProfile;
import io.c360.avro.PageView;
import io.c360.avro.TouchpointEvent;
import io.c360.avro.WebSummary;
import io.c360.profile.EventClock;
import io.c360.profile.ProfileSection;
import io.c360.profile.Times;

/**
 * Page views and sessions. A view more than 30 minutes from every other view starts a session; a late
 * view that falls between two sessions joins them into one. View times within the grace period are kept
 * for that, so out-of-order views land in the right session; a view older than the grace period counts
 * as a session of its own.
 */
public final class WebSection implements ProfileSection {
    static final Duration SESSION_GAP = Duration.ofMinutes(30);
    static final int MAX_RECENT_VIEWS = 200;

    @Override
    public void apply(CustomerProfile profile, TouchpointEvent event, EventClock clock) {
        if (!(event.getPayload() instanceof PageView view)) {
            return;
        }
        WebSummary w = profile.getWeb();
        Instant at = event.getEventTime();
        w.setPageViews(w.getPageViews() + 1);
        w.setLastVisitAt(Times.max(w.getLastVisitAt(), at));
        if (view.getCategory() != null && !view.getCategory().isBlank()) {
            w.getViewedCategories().merge(view.getCategory(), 1L, Long::sum);
        }
        List<Instant> recent = new ArrayList<>(w.getRecentViewTimes());
        boolean joinsBefore = recent.stream().anyMatch(t -> !t.isAfter(at) && within(t, at));
        boolean joinsAfter = recent.stream().anyMatch(t -> t.isAfter(at) && within(t, at));
        boolean bridges = joinsBefore && joinsAfter && !sameSessionAround(recent, at);
        if (!joinsBefore && !joinsAfter) {
            w.setSessions(w.getSessions() + 1);
        } else if (bridges) {
            w.setSessions(w.getSessions() - 1);
        }
        if (!clock.isLate(at)) {
            recent.add(at);
        }
        w.setRecentViewTimes(prune(recent, clock));
    }

    @Override
    public void merge(CustomerProfile survivor, CustomerProfile retired) {
        WebSummary a = survivor.getWeb();
        WebSummary b = retired.getWeb();
        a.setPageViews(a.getPageViews() + b.getPageViews());
        a.setSessions(a.getSessions() + b.getSessions());
        a.setLastVisitAt(Times.max(a.getLastVisitAt(), b.getLastVisitAt()));
        b.getViewedCategories().forEach((k, n) -> a.getViewedCategories().merge(k, n, Long::sum));
        List<Instant> recent = new ArrayList<>(a.getRecentViewTimes());
        recent.addAll(b.getRecentViewTimes());
        recent.sort(null);
        a.setRecentViewTimes(new ArrayList<>(recent.subList(Math.max(0, recent.size() - MAX_RECENT_VIEWS),
            recent.size())));
    }

    private static boolean within(Instant a, Instant b) {
        return Duration.between(a, b).abs().compareTo(SESSION_GAP) <= 0;
    }

    /** True when the views just before and after {@code at} are already one session (no gap between them). */
    private static boolean sameSessionAround(List<Instant> recent, Instant at) {
        Instant before = recent.stream().filter(t -> !t.isAfter(at)).max(Instant::compareTo).orElseThrow();
        Instant after = recent.stream().filter(t -> t.isAfter(at)).min(Instant::compareTo).orElseThrow();
        return within(before, after);
    }

    private static List<Instant> prune(List<Instant> recent, EventClock clock) {
        List<Instant> kept = new ArrayList<>(recent.stream().filter(t -> !clock.isLate(t)).sorted().toList());
        return new ArrayList<>(kept.subList(Math.max(0, kept.size() - MAX_RECENT_VIEWS), kept.size()));
    }
}
