package io.c360.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.c360.avro.ErasedIdentifier;
import io.c360.avro.ErasureReceipt;
import io.c360.identity.IdentifierKey;

/**
 * Erasure receipts and the keyed hashes in them. A receipt lists what an erasure forgot — customer ids, record keys,
 * identifier values, name tokens — as HMACs under the master key, so it holds no personal data, yet whoever has the
 * key can hash a value found anywhere and tell whether it was hers ({@code c360 verify-erasure}). The hashes use
 * their own domain ("erased-value|"), so they never equal the index keys or erased markers of the same values.
 */
public final class ErasureReceipts {
    private static final String VALUE = "erased-value|";
    private static final String NAME = "erased-name|";

    private final Pseudonyms pseudonyms;

    public ErasureReceipts(Pseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    /**
     * @param identifierKeys identifier keys as the identity index holds them ({@code email:jane@example.com})
     * @param givenNames     standardized given and middle names
     */
    public ErasureReceipt receipt(String erasureId, Instant erasedAt, Collection<String> customerIds,
                                  Collection<String> recordKeys, Collection<String> identifierKeys,
                                  Collection<String> givenNames, Collection<String> familyNames) {
        List<ErasedIdentifier> identifiers = new ArrayList<>();
        for (String key : new TreeSet<>(identifierKeys)) {
            IdentifierKey identifier = IdentifierKey.parse(key);
            identifiers.add(new ErasedIdentifier(identifier.type(), valueHash(identifier.value())));
        }
        return new ErasureReceipt(erasureId, erasedAt, hashes(customerIds), hashes(recordKeys), identifiers,
            nameHashes(givenNames), nameHashes(familyNames));
    }

    /** The hash of an id, record key or standardized identifier value as a receipt holds it. */
    public String valueHash(String value) {
        return pseudonyms.of(VALUE + value);
    }

    /** The hash of one name token ({@link NameTokens}) as a receipt holds it. */
    public String nameHash(String token) {
        return pseudonyms.of(NAME + token);
    }

    private List<String> hashes(Collection<String> values) {
        return new ArrayList<>(values.stream().map(this::valueHash).collect(java.util.stream.Collectors.toCollection(
            TreeSet::new)));
    }

    private List<String> nameHashes(Collection<String> names) {
        Set<String> hashes = new TreeSet<>();
        names.forEach(name -> NameTokens.of(name).forEach(token -> hashes.add(nameHash(token))));
        return new ArrayList<>(hashes);
    }
}
