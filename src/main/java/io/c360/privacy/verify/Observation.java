package io.c360.privacy.verify;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one record shows of her: her values in its key and (opened, when sealed under a live key) value, whether
 * the value is a tombstone, whether it is sealed under a destroyed key of hers, and whether the record is known to
 * be someone else's (opened with another subject's live key, or keyed by another customer's id).
 */
public record Observation(Set<Hit> keyHits, Set<Hit> valueHits, boolean tombstone, boolean shreddedHers,
                          boolean someoneElses) {

    public Observation(Set<Hit> keyHits, Set<Hit> valueHits, boolean tombstone, boolean shreddedHers) {
        this(keyHits, valueHits, tombstone, shreddedHers, false);
    }

    public boolean concernsHer() {
        return !keyHits.isEmpty() || !valueHits.isEmpty() || shreddedHers;
    }

    /** The same observation of a record known to belong to someone else when its key names none of her ids. */
    public Observation ownedByItsKey() {
        return keyHits.isEmpty() ? new Observation(keyHits, valueHits, tombstone, shreddedHers, true) : this;
    }

    /** The same observation of a record whose value names its owner, another customer (a search-index entry). */
    public Observation ownedByAnother() {
        return new Observation(keyHits, valueHits, tombstone, shreddedHers, true);
    }

    public Set<Hit> hits() {
        Set<Hit> all = new TreeSet<>(java.util.Comparator.comparing(Hit::toString));
        all.addAll(keyHits);
        all.addAll(valueHits);
        return all;
    }

    /**
     * @param superseded a later record of the same key exists in a compacted log
     * @return the exposure, or empty when the record holds nothing of hers
     */
    public Optional<Exposure> classify(boolean superseded) {
        return classify(superseded, false);
    }

    /**
     * @param superseded   a later record of the same key exists in a compacted log
     * @param afterErasure the record was written for an event later than her erasure (its timestamp, or, in a local
     *                     store, the changelog record it mirrors)
     * @return the exposure, or empty when the record holds nothing of hers
     */
    public Optional<Exposure> classify(boolean superseded, boolean afterErasure) {
        if (!concernsHer()) {
            return Optional.empty();
        }
        if (tombstone) {
            return Optional.of(Exposure.TOMBSTONE);
        }
        // a shredded value keyed by her record key or customer id leaves an id behind, not her data; it is
        // unreadable now, whether or not compaction has removed it yet
        if (shreddedHers && keyHits.stream().allMatch(Hit::isId)) {
            return Optional.of(Exposure.SHREDDED);
        }
        if (superseded) {
            return Optional.of(Exposure.SUPERSEDED);
        }
        if (afterErasure) {
            return Optional.of(Exposure.AFTER_ERASURE);
        }
        if (hits().stream().allMatch(Hit::isId)) {
            return Optional.of(Exposure.ID_ONLY);
        }
        // a name in someone else's profile or record is a namesake's; in bytes of no known owner it may be hers
        if (someoneElses && hits().stream().allMatch(hit -> hit.kind().equals(Hit.NAME))) {
            return Optional.of(Exposure.NAME_ONLY);
        }
        return Optional.of(Exposure.READABLE);
    }
}
