package io.c360.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.c360.avro.CustomerProfile;
import io.c360.avro.TouchpointEvent;
import io.c360.profile.TimelineKeys;
import io.c360.topology.StoreNames;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;

/**
 * A customer's interactions across every channel, newest first, in pages. Events follow their source record
 * to the customer holding it (see {@code TimelineMoves}); entries still on their way from a merged-away id,
 * or recorded before they moved, are found by reading every id in the mergedFrom list too, each on the
 * instance that owns it, merged by time.
 */
public final class TimelineQueryService {
    private final StoreRouter router;
    private final ProfileQueryService profiles;
    private final RemoteQueries remote;

    public TimelineQueryService(StoreRouter router, ProfileQueryService profiles, RemoteQueries remote) {
        this.router = router;
        this.profiles = profiles;
        this.remote = remote;
    }

    /** Empty when the customer is unknown. {@code after} is the previous page's cursor, or null. */
    public Optional<TimelinePage> timeline(String customerId, int limit, String after, TimelineFilter filter) {
        Optional<CustomerProfile> profile = profiles.profile(customerId);
        if (profile.isEmpty()) {
            return Optional.empty();
        }
        Set<String> ids = new LinkedHashSet<>();
        ids.add(profile.get().getCustomerId());
        ids.addAll(profile.get().getMergedFrom());
        List<TimelineEntry> all = new ArrayList<>();
        for (String id : ids) {
            HostInfo owner = router.owner(StoreNames.PROFILES, id);
            all.addAll(router.isSelf(owner) ? local(id, limit + 1, after, filter)
                : remote.timeline(owner, id, limit + 1, after, filter));
        }
        all.sort(Comparator.comparing(TimelineEntry::position));
        boolean more = all.size() > limit;
        List<TimelineEntry> page = List.copyOf(all.subList(0, Math.min(limit, all.size())));
        return Optional.of(new TimelinePage(page, more ? page.get(page.size() - 1).position() : null));
    }

    /** This instance's entries recorded under one customer id, after the cursor, matching the filter. */
    public List<TimelineEntry> local(String customerId, int limit, String after, TimelineFilter filter) {
        String prefix = TimelineKeys.prefix(customerId);
        String from = after == null ? prefix : prefix + after + '\u0000';
        String to = prefix + '\uffff';
        return router.readLocal(StoreNames.TIMELINE, TouchpointEvent.class, store -> {
            List<TimelineEntry> entries = new ArrayList<>();
            try (KeyValueIterator<String, TouchpointEvent> it = store.range(from, to)) {
                while (it.hasNext() && entries.size() < limit) {
                    KeyValue<String, TouchpointEvent> kv = it.next();
                    if (filter.matches(kv.value)) {
                        entries.add(new TimelineEntry(customerId, TimelineKeys.positionOf(kv.key), kv.value));
                    }
                }
            }
            return entries;
        });
    }
}
