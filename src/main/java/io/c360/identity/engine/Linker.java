package io.c360.identity.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import io.c360.avro.Link;
import io.c360.avro.LinkDecision;
import io.c360.avro.RecordLinks;
import io.c360.avro.ReviewItem;
import io.c360.identity.match.PairDecider;
import io.c360.identity.match.PairDecision;
import io.c360.identity.match.PairScore;
import io.c360.identity.match.PairScorer;
import io.c360.identity.match.RecordView;

/**
 * Keeps the links of a record equal to the decisions for every record it shares a linkable key with: re-links
 * a record from scratch, keeps both sides of each pair and the review queue in step, and leaves manual links
 * alone. After {@link #relink} the links of a record depend only on the current records and index, never on
 * the history that led there.
 */
final class Linker {
    private final IdentityState state;
    private final RecordIndex index;
    private final BlockingKeys blocking;
    private final PairScorer scorer;
    private final PairDecider decider;
    private final Evidence evidence;

    Linker(IdentityState state, RecordIndex index, BlockingKeys blocking, PairScorer scorer, PairDecider decider,
           Evidence evidence) {
        this.state = state;
        this.index = index;
        this.blocking = blocking;
        this.scorer = scorer;
        this.decider = decider;
        this.evidence = evidence;
    }

    /** Re-decides every pair of the record; returns the records whose links changed (the record included). */
    Set<String> relink(String recordKey, Views views, Instant at) {
        RecordView view = views.get(recordKey);
        Set<String> candidates = new TreeSet<>();
        for (String key : blocking.of(view)) {
            candidates.addAll(index.activeMembers(key));
        }
        candidates.remove(recordKey);
        RecordLinks current = linksOf(recordKey);
        Map<String, Link> before = new HashMap<>();
        current.getLinks().forEach(link -> before.put(link.getOther(), link));
        Map<String, Link> after = new HashMap<>();
        before.values().stream().filter(link -> link.getDecision() == LinkDecision.MANUAL)
            .forEach(link -> after.put(link.getOther(), link));
        for (String other : candidates) {
            if (after.containsKey(other)) {
                continue;
            }
            PairScore score = scorer.score(view, views.get(other), index::linkable, false);
            PairDecision decision = decider.decide(score);
            if (!decision.isNone()) {
                Link previous = before.get(other);
                after.put(other, same(previous, decision, score) ? previous
                    : new Link(other, decision.decision(), decision.rule(), score.score(), at));
            }
        }
        Set<String> changed = new TreeSet<>();
        for (String other : union(before.keySet(), after.keySet())) {
            Link old = before.get(other);
            Link now = after.get(other);
            if (!Objects.equals(old, now)) {
                changed.add(other);
                mirror(other, recordKey, now);
                review(view, views.get(other), old, now);
            }
        }
        if (!changed.isEmpty()) {
            changed.add(recordKey);
            List<Link> links = new ArrayList<>(after.values());
            links.sort((a, b) -> a.getOther().compareTo(b.getOther()));
            current.setLinks(links);
            state.links().put(recordKey, current);
        }
        return changed;
    }

    void store(String recordKey, RecordLinks links) {
        state.links().put(recordKey, links);
    }

    RecordLinks linksOf(String recordKey) {
        RecordLinks links = state.links().get(recordKey);
        return links == null ? new RecordLinks(new ArrayList<>(), new ArrayList<>()) : links;
    }

    /** Sets (or with null removes) the other record's link back to this one. */
    void mirror(String other, String recordKey, Link link) {
        RecordLinks links = linksOf(other);
        List<Link> kept = new ArrayList<>(links.getLinks().size() + 1);
        for (Link existing : links.getLinks()) {
            if (!existing.getOther().equals(recordKey)) {
                kept.add(existing);
            }
        }
        if (link != null) {
            kept.add(new Link(recordKey, link.getDecision(), link.getRule(), link.getScore(), link.getDecidedAt()));
            kept.sort((a, b) -> a.getOther().compareTo(b.getOther()));
        }
        links.setLinks(kept);
        state.links().put(other, links);
    }

    private void review(RecordView a, RecordView b, Link old, Link now) {
        String pair = RecordKeys.pair(a.key(), b.key());
        if (now != null && now.getDecision() == LinkDecision.REVIEW) {
            boolean inOrder = a.key().compareTo(b.key()) <= 0;
            state.reviews().put(pair, new ReviewItem(now.getRule(),
                evidence.of(inOrder ? a : b, inOrder ? b : a, now.getRule(), now.getDecidedAt())));
        } else if (old != null && old.getDecision() == LinkDecision.REVIEW) {
            state.reviews().delete(pair);
        }
    }

    private static boolean same(Link previous, PairDecision decision, PairScore score) {
        return previous != null && previous.getDecision() == decision.decision()
            && previous.getRule().equals(decision.rule()) && previous.getScore() == score.score();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
