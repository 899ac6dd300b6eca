package io.c360.identity.engine;

import static io.c360.identity.match.RecordView.BIRTH_DATE;
import static io.c360.identity.match.RecordView.FIRST_NAME;
import static io.c360.identity.match.RecordView.LAST_NAME;
import static io.c360.identity.match.RecordView.NATIONAL_ID;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.c360.avro.LinkDecision;
import io.c360.identity.IdentityRules;
import io.c360.identity.match.PairScore;
import io.c360.identity.match.PairScorer;
import io.c360.identity.match.RecordView;

/**
 * Clusters the records of one component, a pure function of its records and links. Matches are taken strongest
 * first (a total order: manual, then by weight, then by record keys) and join two clusters unless that would put
 * together two records that cannot be one person: a cannot-link from a split, birth dates or given names that
 * clearly differ (merge protection, checked across the whole clusters, so a chain A~B~C cannot join A and C
 * against the evidence), or more values of an identifier type than a customer may hold. Then an anonymous
 * record (identifiers only) that shares a weak identifier with exactly one cluster joins it.
 *
 * <p>Because the input is the same whatever order the records arrived in, so is the result.
 */
final class Clustering {
    /** One resulting cluster: its records (sorted) and the links that joined them. */
    record Cluster(List<String> records, List<Edge> links) {
    }

    private final PairScorer scorer;
    private final IdentityRules rules;

    Clustering(PairScorer scorer, IdentityRules rules) {
        this.scorer = scorer;
        this.rules = rules;
    }

    List<Cluster> cluster(Collection<String> records, List<Edge> edges, Set<String> cannotLink, Views views) {
        Run run = new Run(records, cannotLink, views);
        List<Edge> sorted = new ArrayList<>(edges);
        sorted.sort(Edge.STRONGEST_FIRST);
        for (Edge edge : sorted) {
            if (edge.decision() == LinkDecision.MATCH || edge.decision() == LinkDecision.MANUAL) {
                run.tryJoin(edge, edge.decision() == LinkDecision.MANUAL);
            }
        }
        run.attachAnonymous(sorted);
        return run.result();
    }

    private final class Run {
        private final Map<String, String> parent = new HashMap<>();
        private final Map<String, List<String>> members = new HashMap<>();
        private final Map<String, List<Edge>> joined = new HashMap<>();
        private final Set<String> cannotLink;
        private final Views views;
        private final Map<String, Boolean> conflicts = new HashMap<>();

        Run(Collection<String> records, Set<String> cannotLink, Views views) {
            this.cannotLink = cannotLink;
            this.views = views;
            for (String record : records) {
                parent.put(record, record);
                members.put(record, new ArrayList<>(List.of(record)));
                joined.put(record, new ArrayList<>());
            }
        }

        String root(String record) {
            String r = record;
            while (!parent.get(r).equals(r)) {
                r = parent.get(r);
            }
            parent.put(record, r);
            return r;
        }

        boolean tryJoin(Edge edge, boolean manual) {
            String a = root(edge.left());
            String b = root(edge.right());
            if (a.equals(b) || blocked(a, b, manual)) {
                return false;
            }
            String keep = a.compareTo(b) <= 0 ? a : b;
            String gone = keep.equals(a) ? b : a;
            parent.put(gone, keep);
            members.get(keep).addAll(members.remove(gone));
            joined.get(keep).addAll(joined.remove(gone));
            joined.get(keep).add(edge);
            return true;
        }

        private boolean blocked(String rootA, String rootB, boolean manual) {
            List<String> a = members.get(rootA);
            List<String> b = members.get(rootB);
            for (String x : a) {
                for (String y : b) {
                    if (cannotLink.contains(RecordKeys.pair(x, y)) || (!manual && conflict(x, y))) {
                        return true;
                    }
                }
            }
            return !manual && exceedsValueCaps(a, b);
        }

        /** Merge protection between two records, decided on name, birth date and national id only, cached per combination. */
        private boolean conflict(String x, String y) {
            RecordView a = views.get(x);
            RecordView b = views.get(y);
            String sa = signature(a);
            String sb = signature(b);
            String key = sa.compareTo(sb) <= 0 ? sa + "\u0000" + sb : sb + "\u0000" + sa;
            return conflicts.computeIfAbsent(key, k -> {
                PairScore score = scorer.score(a, b, identifier -> false, false);
                return score.birthDatesConflict() || score.givenNamesConflict();
            });
        }

        private boolean exceedsValueCaps(List<String> a, List<String> b) {
            Map<String, Set<String>> values = new HashMap<>();
            for (List<String> side : List.of(a, b)) {
                for (String record : side) {
                    views.get(record).identifiersByType().forEach((type, list) ->
                        values.computeIfAbsent(type, t -> new HashSet<>()).addAll(list));
                }
            }
            for (Map.Entry<String, Set<String>> entry : values.entrySet()) {
                if (entry.getValue().size() > rules.rule(entry.getKey()).maxValues()) {
                    return true;
                }
            }
            return false;
        }

        void attachAnonymous(List<Edge> sorted) {
            Map<String, Set<String>> targets = new TreeMap<>();
            Map<String, Edge> via = new HashMap<>();
            for (Edge edge : sorted) {
                if (edge.decision() != LinkDecision.WEAK) {
                    continue;
                }
                considerAttach(edge.left(), edge.right(), edge, targets, via);
                considerAttach(edge.right(), edge.left(), edge, targets, via);
            }
            targets.forEach((anonymous, clusters) -> {
                if (clusters.size() == 1) {
                    tryJoin(via.get(anonymous + "\u0000" + clusters.iterator().next()), false);
                }
            });
        }

        private void considerAttach(String anonymous, String other, Edge edge, Map<String, Set<String>> targets,
                                    Map<String, Edge> via) {
            if (!isAnonymousSingleton(anonymous) || isAnonymousSingleton(other)) {
                return;
            }
            String target = root(other);
            targets.computeIfAbsent(anonymous, k -> new TreeSet<>()).add(target);
            via.putIfAbsent(anonymous + "\u0000" + target, edge);
        }

        private boolean isAnonymousSingleton(String record) {
            return members.get(root(record)).size() == 1 && views.get(record).isAnonymous()
                && strongIdentifiers(views.get(record)) == 0;
        }

        private long strongIdentifiers(RecordView view) {
            return view.identifiersByType().keySet().stream()
                .filter(type -> rules.rule(type).strength() == IdentityRules.Strength.STRONG).count();
        }

        List<Cluster> result() {
            List<Cluster> clusters = new ArrayList<>();
            for (Map.Entry<String, List<String>> entry : new TreeMap<>(members).entrySet()) {
                List<String> records = new ArrayList<>(entry.getValue());
                records.sort(null);
                clusters.add(new Cluster(records, joined.get(entry.getKey())));
            }
            return clusters;
        }
    }

    private static String signature(RecordView view) {
        return view.attribute(FIRST_NAME) + "|" + view.attribute(LAST_NAME) + "|" + view.attribute(BIRTH_DATE) + "|"
            + view.attribute(NATIONAL_ID);
    }
}
