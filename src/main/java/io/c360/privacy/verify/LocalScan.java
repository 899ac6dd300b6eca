package io.c360.privacy.verify;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.c360.identity.CustomerIds;
import io.c360.privacy.DataKeyCipher;

/**
 * The entries about her in an instance's local stores, pending until {@link #finish}: an entry is her new life
 * when the changelog value of its key came from an event after the erasure, known only once the changelogs and
 * source topics are read. A store holds current values only, so nothing in it is superseded.
 */
final class LocalScan {
    private record Pending(String store, String location, Observation observation, String key, String clearValue) {
    }

    private final Map<String, SourceReport> reports = new TreeMap<>();
    private final List<Pending> pending = new ArrayList<>();

    void storeRead(String store) {
        reports.computeIfAbsent("local:" + store, name -> new SourceReport(name, SourceReport.Kind.LOCAL_STORE, ""));
    }

    /** @param value the stored value without a timestamp prefix */
    void add(String store, String location, byte[] key, byte[] value, Observation observation) {
        storeRead(store);
        reports.get("local:" + store).scanned(1);
        if (observation.concernsHer()) {
            String clear = value != null && !DataKeyCipher.isSealed(value) ? new String(value, StandardCharsets.UTF_8)
                : null;
            // a search entry's value is the customer it finds: when that is someone else, a name in its key is theirs
            boolean anothersEntry = clear != null && CustomerIds.isId(clear) && observation.valueHits().isEmpty();
            pending.add(new Pending(store, location, anothersEntry ? observation.ownedByAnother() : observation,
                new String(key, StandardCharsets.UTF_8), clear));
        }
    }

    /**
     * @param writtenAfterErasure keys whose changelog value came from an event after the erasure, empty when she
     *                            did not come back: the entry with that key, or whose clear value names it (a search
     *                            entry names its customer), is that later data too
     */
    Collection<SourceReport> finish(Set<String> writtenAfterErasure) {
        for (Pending entry : pending) {
            boolean after = writtenAfterErasure.contains(entry.key())
                || entry.clearValue() != null && writtenAfterErasure.contains(entry.clearValue());
            entry.observation().classify(false, after).ifPresent(exposure -> reports.get("local:" + entry.store())
                .add(new Finding(entry.location(), exposure, entry.observation().hits())));
        }
        return reports.values();
    }
}
