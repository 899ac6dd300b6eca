package io.c360.privacy.verify;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one record shows of her: her values in its key and (opened, when sealed under a live key) value, whether
 * the value is a tombstone, and whether it is sealed under a destroyed key of hers.
 */
public record Observation(Set<Hit> keyHits, Set<Hit> valueHits, boolean tombstone, boolean shreddedHers) {

    public boolean concernsHer() {
        return !keyHits.isEmpty() || !valueHits.isEmpty() || shreddedHers;
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
        return Optional.of(hits().stream().allMatch(Hit::isId) ? Exposure.ID_ONLY : Exposure.READABLE);
    }
}
