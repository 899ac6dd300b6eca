package io.c360.identity.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.c360.avro.CustomerIdentity;
import io.c360.avro.IdentityChange;
import io.c360.avro.IdentityChangeKind;
import io.c360.avro.MatchEvidence;
import io.c360.identity.MergeNotices;
import io.c360.identity.engine.Clustering.Cluster;
import io.c360.identity.engine.Reclusterer.Outcome;

/**
 * Writes each customer's identity: its records and, when explaining, the links that hold them together with
 * their evidence and a bounded history of creations, merges and splits. The batch path does not explain, so it
 * keeps only the records.
 */
final class History {
    static final int MAX_HISTORY = 100;

    private final Table<CustomerIdentity> customers;
    private final Evidence evidence;
    private final boolean explain;

    History(Table<CustomerIdentity> customers, Evidence evidence, boolean explain) {
        this.customers = customers;
        this.evidence = evidence;
        this.explain = explain;
    }

    void write(String id, Cluster cluster, Outcome outcome) {
        CustomerIdentity previous = customers.get(id);
        if (!explain) {
            if (previous == null || !previous.getRecords().equals(cluster.records())) {
                customers.put(id, new CustomerIdentity(id, cluster.records(), List.of(), List.of()));
            }
            return;
        }
        List<IdentityChange> changes = previous == null ? new ArrayList<>() : new ArrayList<>(previous.getHistory());
        List<String> oldRecords = outcome.oldMembers().getOrDefault(id, List.of());
        if (previous == null) {
            changes.add(change(IdentityChangeKind.CREATED, outcome, null, cluster.records(), null));
        }
        splitsOf(id, cluster, oldRecords, outcome).forEach((other, records) ->
            changes.add(change(IdentityChangeKind.SPLIT, outcome, other, List.copyOf(records), null)));
        gainedFromLiveCustomers(id, cluster, outcome).forEach((other, records) ->
            changes.add(change(IdentityChangeKind.SPLIT_OFF, outcome, other, List.copyOf(records), null)));
        customers.put(id, new CustomerIdentity(id, cluster.records(), links(cluster, previous, outcome), trim(changes)));
    }

    /**
     * The survivor gains a MERGED entry, the retired id keeps its history with ABSORBED and no records. Both keep
     * the decision without the values compared: the merged records may leave the survivor later (a split, new
     * evidence) and be erased with another customer, and their values must not stay behind in this history.
     */
    void retire(String retired, String survivor, MatchEvidence decision, Outcome outcome) {
        MatchEvidence mergeEvidence = MergeNotices.withoutValues(decision);
        CustomerIdentity old = customers.get(retired);
        List<String> records = outcome.oldMembers().get(retired);
        if (!explain) {
            customers.delete(retired);
            return;
        }
        List<IdentityChange> oldHistory = old == null ? new ArrayList<>() : new ArrayList<>(old.getHistory());
        oldHistory.add(change(IdentityChangeKind.ABSORBED, outcome, survivor, records, mergeEvidence));
        customers.put(retired, new CustomerIdentity(retired, List.of(), List.of(), trim(oldHistory)));
        CustomerIdentity live = customers.get(survivor);
        CustomerIdentity survivorIdentity = live == null
            ? new CustomerIdentity(survivor, List.of(), List.of(), new ArrayList<>()) : live;
        List<IdentityChange> survivorHistory = new ArrayList<>(survivorIdentity.getHistory());
        survivorHistory.add(change(IdentityChangeKind.MERGED, outcome, retired, records, mergeEvidence));
        survivorIdentity.setHistory(trim(survivorHistory));
        customers.put(survivor, survivorIdentity);
    }

    /** The link of the survivor's cluster that joined one of the retired customer's records, retired side left. */
    MatchEvidence mergeEvidence(Cluster survivor, List<String> retiredRecords, Outcome outcome) {
        if (!explain) {
            return null;
        }
        Set<String> retired = new TreeSet<>(retiredRecords);
        for (Edge edge : survivor.links()) {
            boolean leftRetired = retired.contains(edge.left());
            if (leftRetired != retired.contains(edge.right())) {
                String left = leftRetired ? edge.left() : edge.right();
                String right = leftRetired ? edge.right() : edge.left();
                return evidence.of(outcome.views().get(left), outcome.views().get(right), edge.rule(), edge.decidedAt());
            }
        }
        return null;
    }

    private List<MatchEvidence> links(Cluster cluster, CustomerIdentity previous, Outcome outcome) {
        List<MatchEvidence> links = new ArrayList<>();
        for (Edge edge : cluster.links()) {
            MatchEvidence known = previous == null ? null : previous.getLinks().stream()
                .filter(e -> e.getLeftRecord().equals(edge.left()) && e.getRightRecord().equals(edge.right())
                    && e.getRule().equals(edge.rule()) && e.getDecidedAt().equals(edge.decidedAt()))
                .findFirst().orElse(null);
            links.add(known != null ? known : evidence.of(outcome.views().get(edge.left()),
                outcome.views().get(edge.right()), edge.rule(), edge.decidedAt()));
        }
        return links;
    }

    private static Map<String, Set<String>> splitsOf(String id, Cluster cluster, List<String> oldRecords,
                                                     Outcome outcome) {
        Map<String, Set<String>> lost = new TreeMap<>();
        for (String record : oldRecords) {
            String now = outcome.assignment().get(record);
            if (!now.equals(id) && outcome.clusters().containsKey(id)) {
                lost.computeIfAbsent(now, n -> new TreeSet<>()).add(record);
            }
        }
        return lost;
    }

    private static Map<String, Set<String>> gainedFromLiveCustomers(String id, Cluster cluster, Outcome outcome) {
        Map<String, Set<String>> gained = new TreeMap<>();
        outcome.oldMembers().forEach((other, records) -> {
            if (!other.equals(id) && outcome.clusters().containsKey(other)) {
                records.stream().filter(cluster.records()::contains)
                    .forEach(record -> gained.computeIfAbsent(other, o -> new TreeSet<>()).add(record));
            }
        });
        return gained;
    }

    private static IdentityChange change(IdentityChangeKind kind, Outcome outcome, String other, List<String> records,
                                         MatchEvidence evidence) {
        return new IdentityChange(kind, outcome.at(), other, records, outcome.causeId(), evidence);
    }

    private static List<IdentityChange> trim(List<IdentityChange> changes) {
        return changes.size() <= MAX_HISTORY ? changes
            : new ArrayList<>(changes.subList(changes.size() - MAX_HISTORY, changes.size()));
    }
}
