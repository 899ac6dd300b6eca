package io.c360.identity.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.c360.avro.CustomerMerged;
import io.c360.avro.FieldScore;
import io.c360.avro.MatchEvidence;
import io.c360.identity.engine.Clustering.Cluster;

/**
 * Re-clusters the component around changed records and writes the outcome: assignments, retired and revived
 * customer ids, and each customer's identity (records, links with evidence, history). A cluster is named after
 * its oldest record (the smallest founder id), so when two customers merge the older id survives, and a
 * retired id follows its founding record.
 */
final class Reclusterer {
    static final String RULE_RECLUSTERED = "reclustered";

    private final IdentityState state;
    private final Clustering clustering;
    private final History history;

    Reclusterer(IdentityState state, Clustering clustering, History history) {
        this.state = state;
        this.clustering = clustering;
        this.history = history;
    }

    Resolution recluster(Collection<String> seeds, String subject, Views views, Instant at, String causeId) {
        Component component = Component.around(seeds, state);
        List<Cluster> clusters = clustering.cluster(component.records, component.edges, component.cannotLink, views);
        Map<String, String> before = new HashMap<>();
        Map<String, List<String>> oldMembers = new TreeMap<>();
        for (String record : component.records) {
            String customer = state.assignments().get(record);
            before.put(record, customer);
            if (customer != null) {
                oldMembers.computeIfAbsent(customer, c -> new ArrayList<>()).add(record);
            }
        }
        Map<String, Cluster> byId = new TreeMap<>();
        Map<String, String> after = new HashMap<>();
        for (Cluster cluster : clusters) {
            String id = cluster.records().stream().map(r -> views.get(r).record().getFounderId()).min(String::compareTo)
                .orElseThrow();
            byId.put(id, cluster);
            cluster.records().forEach(record -> after.put(record, id));
        }
        List<Resolution.Move> moves = new ArrayList<>();
        for (String record : component.records) {
            if (!Objects.equals(before.get(record), after.get(record))) {
                moves.add(new Resolution.Move(record, before.get(record), after.get(record)));
                state.assignments().put(record, after.get(record));
            }
        }
        if (moves.isEmpty()) {
            return Resolution.unchanged(after.get(subject));
        }
        Outcome outcome = new Outcome(byId, oldMembers, after, views, at, causeId);
        List<CustomerMerged> merges = retire(outcome);
        List<String> revived = revive(byId.keySet());
        byId.forEach((id, cluster) -> history.write(id, cluster, outcome));
        return new Resolution(subject == null ? null : after.get(subject), moves, merges, revived, null);
    }

    /** Everything the history of a re-clustering needs. */
    record Outcome(Map<String, Cluster> clusters, Map<String, List<String>> oldMembers, Map<String, String> assignment,
                   Views views, Instant at, String causeId) {
        Set<String> retired() {
            Set<String> retired = new TreeSet<>(oldMembers.keySet());
            retired.removeAll(clusters.keySet());
            return retired;
        }
    }

    private List<CustomerMerged> retire(Outcome outcome) {
        List<CustomerMerged> merges = new ArrayList<>();
        for (String retired : outcome.retired()) {
            List<String> records = outcome.oldMembers().get(retired);
            String founder = records.stream()
                .filter(r -> outcome.views().get(r).record().getFounderId().equals(retired))
                .findFirst().orElse(records.get(0));
            String survivor = outcome.assignment().get(founder);
            state.mergedInto().put(retired, survivor);
            MatchEvidence evidence = history.mergeEvidence(outcome.clusters().get(survivor), records, outcome);
            merges.add(merged(retired, survivor, evidence, outcome));
            history.retire(retired, survivor, evidence, outcome);
        }
        return merges;
    }

    private List<String> revive(Set<String> liveIds) {
        List<String> revived = new ArrayList<>();
        for (String id : liveIds) {
            if (state.mergedInto().get(id) != null) {
                state.mergedInto().delete(id);
                revived.add(id);
            }
        }
        return revived;
    }

    private static CustomerMerged merged(String retired, String survivor, MatchEvidence evidence, Outcome outcome) {
        Map<String, String> flat = new LinkedHashMap<>();
        if (evidence != null) {
            flat.put("score", String.format(java.util.Locale.ROOT, "%.2f", evidence.getScore()));
            flat.put("retired.record", evidence.getLeftRecord());
            flat.put("survivor.record", evidence.getRightRecord());
            flat.put("rule", evidence.getRule());
            for (FieldScore field : evidence.getFields()) {
                flat.put(field.getField(), field.getLevel() + " " + String.format(java.util.Locale.ROOT, "%+.2f",
                    field.getWeight()));
            }
        }
        return CustomerMerged.newBuilder()
            .setRetiredId(retired)
            .setSurvivorId(survivor)
            .setMergedAt(outcome.at())
            .setRule(evidence == null ? RULE_RECLUSTERED : evidence.getRule())
            .setEvidence(flat)
            .setCauseEventId(outcome.causeId() == null ? "" : outcome.causeId())
            .setLink(evidence)
            .build();
    }
}
