package io.c360.identity.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.c360.avro.IndexEntry;
import io.c360.identity.IdentityRules;

/**
 * The blocking and identifier index. A key shared by more records than its cap is saturated: it stops producing
 * candidates (an identifier on too many records is junk nobody listed, a blocking key that large is useless), and
 * links that rested on it are withdrawn, because every member is re-linked. A saturated key keeps its member list up
 * to {@value #OVERFLOW_FACTOR} times the cap, so it can come back under the cap when records change; beyond that it
 * keeps only its count and stays saturated for good.
 */
final class RecordIndex {
    static final int OVERFLOW_FACTOR = 10;

    private final Table<IndexEntry> index;
    private final IdentityRules rules;
    private final int blockCap;

    RecordIndex(Table<IndexEntry> index, IdentityRules rules, int blockCap) {
        this.index = index;
        this.rules = rules;
        this.blockCap = blockCap;
    }

    /** Adds and removes the record's keys; returns the records to re-link because a key crossed its cap. */
    Set<String> update(String recordKey, Collection<String> removedKeys, Collection<String> addedKeys) {
        Set<String> relink = new TreeSet<>();
        for (String key : removedKeys) {
            IndexEntry entry = mutable(index.get(key));
            if (entry != null && entry.getMembers().remove(recordKey)) {
                entry.setCount(entry.getCount() - 1);
                if (entry.getSaturated() && entry.getCount() <= cap(key) && !entry.getMembers().isEmpty()) {
                    entry.setSaturated(false);
                    relink.addAll(entry.getMembers());
                }
                store(key, entry);
            }
        }
        for (String key : addedKeys) {
            IndexEntry stored = mutable(index.get(key));
            IndexEntry entry = stored == null ? new IndexEntry(new ArrayList<>(), 0L, false) : stored;
            boolean overflowed = entry.getSaturated() && entry.getMembers().isEmpty();
            if (overflowed || !entry.getMembers().contains(recordKey)) {
                add(key, entry, recordKey, relink);
            }
        }
        return relink;
    }

    /** A copy whose member list can change: lists read back from a store are Avro arrays that cannot remove. */
    private static IndexEntry mutable(IndexEntry entry) {
        return entry == null ? null
            : new IndexEntry(new ArrayList<>(entry.getMembers()), entry.getCount(), entry.getSaturated());
    }

    private void add(String key, IndexEntry entry, String recordKey, Set<String> relink) {
        boolean overflowed = entry.getSaturated() && entry.getMembers().isEmpty();
        entry.setCount(entry.getCount() + 1);
        if (!overflowed) {
            entry.getMembers().add(recordKey);
        }
        if (!entry.getSaturated() && entry.getCount() > cap(key)) {
            entry.setSaturated(true);
            relink.addAll(entry.getMembers());
        }
        if (entry.getSaturated() && entry.getMembers().size() > (long) cap(key) * OVERFLOW_FACTOR) {
            entry.setMembers(new ArrayList<>());
        }
        index.put(key, entry);
    }

    private void store(String key, IndexEntry entry) {
        if (entry.getCount() <= 0) {
            index.delete(key);
        } else {
            index.put(key, entry);
        }
    }

    /** The members of a key that may still link; empty when saturated or unknown. */
    List<String> activeMembers(String key) {
        IndexEntry entry = index.get(key);
        return entry == null || entry.getSaturated() ? List.of() : entry.getMembers();
    }

    /** Whether an identifier key (type:value) may still link. */
    boolean linkable(String identifierKey) {
        IndexEntry entry = index.get(BlockingKeys.IDENTIFIER_PREFIX + identifierKey);
        return entry == null || !entry.getSaturated();
    }

    int cap(String key) {
        if (key.startsWith(BlockingKeys.IDENTIFIER_PREFIX)) {
            String type = key.substring(BlockingKeys.IDENTIFIER_PREFIX.length(), key.indexOf(':', 2));
            return rules.rule(type).maxRecords();
        }
        return blockCap;
    }
}
