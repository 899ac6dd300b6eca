package io.c360.privacy.verify;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.c360.avro.ErasedIdentifier;
import io.c360.avro.ErasureReceipt;
import io.c360.privacy.ErasureReceipts;

/**
 * The erased person as her receipt describes her: keyed hashes to compare candidate strings with. A record is
 * hers when it carries one of her ids, record keys or identifier values, or both a given and a family name of
 * hers (a first name alone is shared by too many people to mean her).
 */
public final class ErasedPerson {
    private static final int CACHE_LIMIT = 200_000;

    private final ErasureReceipts hashes;
    private final Map<String, String> kindByHash = new HashMap<>();
    private final Set<String> given;
    private final Set<String> family;
    private final Map<String, String> valueHashes = new HashMap<>();
    private final Map<String, String> nameHashes = new HashMap<>();

    public ErasedPerson(ErasureReceipt receipt, ErasureReceipts hashes) {
        this.hashes = hashes;
        receipt.getCustomerIds().forEach(h -> kindByHash.put(h, Hit.CUSTOMER_ID));
        receipt.getRecordKeys().forEach(h -> kindByHash.put(h, Hit.RECORD_KEY));
        for (ErasedIdentifier identifier : receipt.getIdentifiers()) {
            kindByHash.putIfAbsent(identifier.getHash(), identifier.getType());
        }
        this.given = Set.copyOf(receipt.getGivenNames());
        this.family = Set.copyOf(receipt.getFamilyNames());
    }

    /** Her values among the candidates; empty when none is hers. */
    public Set<Hit> hits(Candidates.Found found) {
        Set<Hit> hits = new TreeSet<>(java.util.Comparator.comparing(Hit::toString));
        for (String value : found.values()) {
            String hash = cached(valueHashes, value, hashes::valueHash);
            String kind = kindByHash.get(hash);
            if (kind != null) {
                hits.add(Hit.of(kind, hash));
            }
        }
        String givenHit = null;
        String familyHit = null;
        for (String token : found.nameTokens()) {
            String hash = cached(nameHashes, token, hashes::nameHash);
            givenHit = given.contains(hash) ? hash : givenHit;
            familyHit = family.contains(hash) ? hash : familyHit;
        }
        if (givenHit != null && familyHit != null) {
            hits.add(new Hit(Hit.NAME, givenHit.substring(0, Hit.PREFIX) + "+" + familyHit.substring(0, Hit.PREFIX)));
        }
        return hits;
    }

    /** Whether a sealed value's subject ({@code store/subject}) is one of her customer ids, records or pairs. */
    public boolean owns(String sealedSubject) {
        String subject = sealedSubject.substring(sealedSubject.indexOf('/') + 1);
        for (String part : subject.split("\\|")) {
            String kind = kindByHash.get(cached(valueHashes, part, hashes::valueHash));
            if (Hit.CUSTOMER_ID.equals(kind) || Hit.RECORD_KEY.equals(kind)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the receipt names this customer id (hers or one merged into her). */
    public boolean hasCustomerId(String customerId) {
        return Hit.CUSTOMER_ID.equals(kindByHash.get(hashes.valueHash(customerId)));
    }

    private static String cached(Map<String, String> cache, String value, java.util.function.UnaryOperator<String> hash) {
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        return cache.computeIfAbsent(value, hash);
    }

    /** How many values of each kind the receipt holds, for the report's header. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        kindByHash.values().forEach(kind -> counts.merge(kind, 1, Integer::sum));
        counts.put("given-name tokens", given.size());
        counts.put("family-name tokens", family.size());
        return counts;
    }
}
