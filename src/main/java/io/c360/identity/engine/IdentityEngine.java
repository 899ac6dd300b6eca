package io.c360.identity.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.c360.avro.CustomerIdentity;
import io.c360.avro.IdentityChange;
import io.c360.avro.IdentityRecord;
import io.c360.avro.Link;
import io.c360.avro.LinkDecision;
import io.c360.avro.RecordLinks;
import io.c360.config.AppConfig;
import io.c360.identity.IdentityRules;
import io.c360.identity.match.MatchWeights;
import io.c360.identity.match.NameGroups;
import io.c360.identity.match.PairDecider;
import io.c360.identity.match.PairScorer;
import io.c360.identity.match.RecordView;

/**
 * Incremental identity resolution, one code path for streaming and batch. Each update folds into its source
 * record, re-indexes it, re-decides its links to every record it shares a linkable key with, and re-clusters
 * the component around it.
 *
 * <p>Order independence: after every update the state satisfies (1) each record is the fold of its updates
 * (commutative, see {@link RecordMerger}); (2) the links are exactly the non-trivial pair decisions between
 * records sharing a key under its cap ({@link Linker}, re-run for every record whose keys' caps changed);
 * (3) each component's clusters are {@link Clustering}'s pure function of its records and links. So the
 * final clustering is a function of the set of updates, not of their order or of how they were partitioned.
 */
public final class IdentityEngine {
    public static final String RULE_MANUAL_SPLIT = "manual-split";
    static final double MANUAL_SCORE = 1000;
    private static final int MAX_MERGE_HOPS = 1000;

    private final IdentityRules rules;
    private final BlockingKeys blocking;
    private final PairScorer scorer;
    private final PairDecider decider;
    private final int blockCap;
    private final boolean explain;

    public IdentityEngine(IdentityRules rules, MatchWeights weights, BlockingKeys blocking, int blockCap,
                          boolean explain) {
        this.rules = rules;
        this.blocking = blocking;
        this.scorer = new PairScorer(weights, rules, NameGroups.nicknames(), NameGroups.romanisations());
        this.decider = new PairDecider(rules, weights);
        this.blockCap = blockCap;
        this.explain = explain;
    }

    /** @param explain keep links with evidence and history per customer (streaming); batch runs do without */
    public static IdentityEngine from(AppConfig config, boolean explain) {
        return new IdentityEngine(IdentityRules.from(config), MatchWeights.from(config),
            new BlockingKeys(config.getList("c360.identity.blocking")), config.getInt("c360.identity.block.max.records"),
            explain);
    }

    public IdentityRules rules() {
        return rules;
    }

    public Resolution resolve(RecordUpdate update, IdentityState state) {
        String key = update.recordKey();
        IdentityRecord before = state.records().get(key);
        IdentityRecord after = RecordMerger.apply(before, update);
        if (after.equals(before)) {
            return Resolution.unchanged(state.assignments().get(key)).withRecord(before);
        }
        state.records().put(key, after);
        Parts parts = new Parts(state);
        Set<String> oldKeys = before == null ? Set.of() : blocking.of(new RecordView(before));
        Set<String> newKeys = blocking.of(parts.views.get(key));
        Set<String> removed = new TreeSet<>(oldKeys);
        removed.removeAll(newKeys);
        Set<String> added = new TreeSet<>(newKeys);
        added.removeAll(oldKeys);
        Set<String> relink = parts.index.update(key, removed, added);
        relink.add(key);
        Set<String> touched = new TreeSet<>(relink);
        for (String record : relink) {
            touched.addAll(parts.linker.relink(record, parts.views, update.time()));
        }
        return parts.reclusterer.recluster(touched, key, parts.views, update.time(), update.causeId())
            .withRecord(after);
    }

    /**
     * Moves the named records of a customer to a customer of their own and remembers it: the named records can
     * never again be in one customer with the others (cannot-link), and stay together (manual links).
     *
     * @throws IllegalArgumentException when the customer is unknown or the records are not a proper part of it
     */
    public Resolution split(String customerId, Set<String> recordKeys, IdentityState state, Instant at, String causeId) {
        CustomerIdentity identity = state.customers().get(customerId);
        if (identity == null || identity.getRecords().isEmpty()) {
            throw new IllegalArgumentException("no live customer '" + customerId + "'");
        }
        Set<String> rest = new TreeSet<>(identity.getRecords());
        for (String record : recordKeys) {
            if (!rest.remove(record)) {
                throw new IllegalArgumentException("record '" + record + "' is not a record of customer " + customerId);
            }
        }
        if (recordKeys.isEmpty() || rest.isEmpty()) {
            throw new IllegalArgumentException("a split must name some but not all records of customer " + customerId);
        }
        Parts parts = new Parts(state);
        List<String> moving = new ArrayList<>(new TreeSet<>(recordKeys));
        for (String record : moving) {
            addCannotLinks(record, rest, parts.linker);
        }
        for (String record : rest) {
            addCannotLinks(record, new HashSet<>(moving), parts.linker);
        }
        for (int i = 1; i < moving.size(); i++) {
            Link manual = new Link(moving.get(i), LinkDecision.MANUAL, RULE_MANUAL_SPLIT, MANUAL_SCORE, at);
            parts.linker.mirror(moving.get(i - 1), moving.get(i), manual);
            parts.linker.mirror(moving.get(i), moving.get(i - 1),
                new Link(moving.get(i - 1), LinkDecision.MANUAL, RULE_MANUAL_SPLIT, MANUAL_SCORE, at));
        }
        return parts.reclusterer.recluster(identity.getRecords(), null, parts.views, at, causeId);
    }

    /**
     * Forgets a customer: its records leave the index, their links and review items go from both sides, and the
     * customer, its records' assignments and the ids merged into it are deleted. Records of other customers that
     * shared a saturated key with it are re-linked, since the key may now be back under its cap.
     *
     * @throws IllegalArgumentException when the customer is unknown or holds no records
     */
    public Erasure erase(String customerId, IdentityState state, Instant at, String causeId) {
        CustomerIdentity identity = state.customers().get(customerId);
        if (identity == null || identity.getRecords().isEmpty()) {
            throw new IllegalArgumentException("no live customer '" + customerId + "'");
        }
        Set<String> records = new TreeSet<>(identity.getRecords());
        Set<String> retired = new TreeSet<>();
        Set<String> identifiers = new TreeSet<>();
        Set<String> relink = new TreeSet<>();
        Set<String> reviewPairs = new TreeSet<>();
        Set<String> givenNames = new TreeSet<>();
        Set<String> familyNames = new TreeSet<>();
        Parts parts = new Parts(state);
        for (String record : records) {
            RecordView view = parts.views.get(record);
            retired.add(view.record().getFounderId());
            identifiers.addAll(view.record().getIdentifiers());
            addIfPresent(givenNames, view.attribute(RecordView.FIRST_NAME), view.attribute(RecordView.MIDDLE_NAME));
            addIfPresent(familyNames, view.attribute(RecordView.LAST_NAME));
            relink.addAll(parts.index.update(record, blocking.of(view), Set.of()));
            reviewPairs.addAll(forgetLinks(record, records, parts.linker, state));
        }
        identity.getHistory().stream().map(IdentityChange::getOtherCustomerId).filter(java.util.Objects::nonNull)
            .forEach(retired::add);
        retired.removeIf(id -> id.equals(customerId) || !customerId.equals(liveId(id, state)));
        for (String record : records) {
            state.records().delete(record);
            state.links().delete(record);
            state.assignments().delete(record);
        }
        for (String id : retired) {
            state.mergedInto().delete(id);
            state.customers().delete(id);
        }
        state.customers().delete(customerId);
        relink.removeAll(records);
        Resolution relinked = Resolution.unchanged(null);
        if (!relink.isEmpty()) {
            Parts after = new Parts(state);
            Set<String> touched = new TreeSet<>(relink);
            for (String record : relink) {
                touched.addAll(after.linker.relink(record, after.views, at));
            }
            relinked = after.reclusterer.recluster(touched, null, after.views, at, causeId);
        }
        return new Erasure(customerId, records, retired, identifiers, reviewPairs, relinked, givenNames, familyNames);
    }

    private static void addIfPresent(Set<String> into, String... values) {
        for (String value : values) {
            if (value != null) {
                into.add(value);
            }
        }
    }

    /**
     * The customers an erasure of this customer reaches, the (live) customer first: see {@link ErasureScope}.
     * Empty never; a customer the state does not know is returned alone, for {@link #erase} to refuse.
     */
    public Set<String> erasureScopeOfCustomer(String customerId, IdentityState state) {
        return new Parts(state).scope.ofCustomer(liveId(customerId, state));
    }

    /**
     * The customers an erasure by an identifier key (type:value) reaches.
     *
     * @throws ErasureRefused when the identifier names no one person
     */
    public Set<String> erasureScopeOfIdentifier(String identifierKey, IdentityState state) {
        return new Parts(state).scope.ofIdentifier(identifierKey);
    }

    /** The customer an id lives on in: itself, or the end of its merged-into chain. */
    public static String liveId(String customerId, IdentityState state) {
        String id = customerId;
        for (int hops = 0; hops < MAX_MERGE_HOPS; hops++) {
            String next = state.mergedInto().get(id);
            if (next == null) {
                return id;
            }
            id = next;
        }
        throw new IllegalStateException("merged-into chain of " + customerId + " is longer than " + MAX_MERGE_HOPS);
    }

    /**
     * Removes the record from the links, cannot-links and review items of every record outside the erased set;
     * returns the pair keys of the review items it may have been in.
     */
    private static Set<String> forgetLinks(String record, Set<String> erased, Linker linker, IdentityState state) {
        RecordLinks links = linker.linksOf(record);
        Set<String> pairs = new TreeSet<>();
        for (Link link : links.getLinks()) {
            String pair = RecordKeys.pair(record, link.getOther());
            state.reviews().delete(pair);
            pairs.add(pair);
            if (!erased.contains(link.getOther())) {
                linker.mirror(link.getOther(), record, null);
            }
        }
        for (String other : links.getCannotLink()) {
            if (!erased.contains(other)) {
                RecordLinks theirs = linker.linksOf(other);
                theirs.setCannotLink(new ArrayList<>(theirs.getCannotLink().stream().filter(k -> !k.equals(record))
                    .toList()));
                linker.store(other, theirs);
            }
        }
        return pairs;
    }

    private static void addCannotLinks(String record, Set<String> others, Linker linker) {
        RecordLinks links = linker.linksOf(record);
        Set<String> cannot = new TreeSet<>(links.getCannotLink());
        cannot.addAll(others);
        links.setCannotLink(new ArrayList<>(cannot));
        linker.store(record, links);
    }

    /** The collaborators of one resolution, bound to its state. */
    private final class Parts {
        final Views views;
        final RecordIndex index;
        final Linker linker;
        final Reclusterer reclusterer;
        final ErasureScope scope;

        Parts(IdentityState state) {
            this.views = new Views(state.records());
            this.index = new RecordIndex(state.index(), rules, blockCap);
            Evidence evidence = new Evidence(scorer, index);
            this.linker = new Linker(state, index, blocking, scorer, decider, evidence);
            this.reclusterer = new Reclusterer(state, new Clustering(scorer, rules),
                new History(state.customers(), evidence, explain));
            this.scope = new ErasureScope(state, rules, index, views, scorer, decider);
        }
    }
}
