package io.c360.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.c360.avro.CustomerProfile;
import io.c360.profile.search.SearchKeys;
import io.c360.profile.search.SearchQuery;
import io.c360.standardize.NameStandardizer;
import io.c360.topology.StoreNames;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;

/**
 * Search as you type over names, e-mails, phones and id prefixes. The index lives beside the profiles, so
 * every instance searches its own part and the answers are gathered; richer profiles come first.
 */
public final class SearchQueryService {
    private final StoreRouter router;
    private final RemoteQueries remote;

    public SearchQueryService(StoreRouter router, RemoteQueries remote) {
        this.router = router;
        this.remote = remote;
    }

    public List<SearchHit> search(String q, int limit) {
        SearchQuery query = SearchQuery.parse(q);
        List<SearchHit> hits = new ArrayList<>();
        for (HostInfo instance : router.instancesWith(StoreNames.SEARCH)) {
            hits.addAll(router.isSelf(instance) ? local(query, limit) : remote.search(instance, q, limit));
        }
        hits.sort(Comparator.comparingInt((SearchHit h) -> -h.sources()).thenComparing(SearchHit::customerId));
        return hits.subList(0, Math.min(limit, hits.size()));
    }

    public List<SearchHit> local(String q, int limit) {
        return local(SearchQuery.parse(q), limit);
    }

    private List<SearchHit> local(SearchQuery query, int limit) {
        Set<String> ids = router.readLocal(StoreNames.SEARCH, String.class, index -> {
            Set<String> found = new LinkedHashSet<>();
            try (KeyValueIterator<String, String> it = index.range(query.prefix(), query.prefix() + '\uffff')) {
                while (it.hasNext() && found.size() < limit * 4) {
                    found.add(SearchKeys.customerIdOf(it.next().key));
                }
            }
            return found;
        });
        List<SearchHit> hits = new ArrayList<>();
        for (String id : ids) {
            CustomerProfile p = router.readLocal(StoreNames.PROFILES, CustomerProfile.class, s -> s.get(id));
            if (p != null && p.getMergedInto() == null && hasAllWords(p, query.otherWords())) {
                hits.add(SearchHit.of(p));
            }
        }
        return hits;
    }

    private static boolean hasAllWords(CustomerProfile p, List<String> words) {
        if (words.isEmpty()) {
            return true;
        }
        String names = NameStandardizer.matchKey(String.join(" ", p.getAttributes().entrySet().stream()
            .filter(e -> e.getKey().endsWith("Name")).map(e -> e.getValue().getValue()).toList()));
        return words.stream().allMatch(names::contains);
    }
}
