package io.c360.profile.search;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import io.c360.avro.CandidateValue;
import io.c360.avro.CustomerProfile;
import io.c360.avro.GoldenValue;
import io.c360.avro.IdentifierRef;
import io.c360.standardize.NameStandardizer;

/**
 * The search-index keys of a profile: {@code kind:term|customerId}, so a prefix scan over {@code kind:te}
 * finds every customer with a term starting so. Kinds: n (name words, golden and alternate spellings, so
 * "bob" finds Robert), e (e-mail), p (phone digits, international and national), i (customer id).
 */
public final class SearchKeys {
    public static final char SEPARATOR = '|';
    static final String NAME = "n:";
    static final String EMAIL = "e:";
    static final String PHONE = "p:";
    static final String ID = "i:";

    private SearchKeys() {
    }

    public static Set<String> of(CustomerProfile p) {
        Set<String> keys = new LinkedHashSet<>();
        if (p == null || p.getMergedInto() != null) {
            return keys;
        }
        String id = p.getCustomerId();
        keys.add(ID + id.toLowerCase(Locale.ROOT) + SEPARATOR + id);
        for (String attribute : new String[] {"firstName", "lastName", "middleName"}) {
            GoldenValue golden = p.getAttributes().get(attribute);
            if (golden != null) {
                nameWords(golden.getValue(), id, keys);
                for (CandidateValue alternate : golden.getAlternates()) {
                    nameWords(alternate.getValue(), id, keys);
                }
            }
        }
        for (IdentifierRef ref : p.getIdentifiers()) {
            if (ref.getType().equals("email")) {
                keys.add(EMAIL + ref.getValue() + SEPARATOR + id);
            } else if (ref.getType().equals("phone")) {
                phoneKeys(ref.getValue(), id, keys);
            }
        }
        return keys;
    }

    private static void nameWords(String name, String id, Set<String> keys) {
        for (String word : name.split("[\\s\\-]+")) {
            String key = NameStandardizer.matchKey(word);
            if (!key.isEmpty()) {
                keys.add(NAME + key + SEPARATOR + id);
            }
        }
    }

    private static void phoneKeys(String e164, String id, Set<String> keys) {
        String digits = e164.replaceAll("\\D", "");
        keys.add(PHONE + digits + SEPARATOR + id);
        // the national significant number, so "020 7946 0958" finds +44 20 7946 0958
        for (int cc = 1; cc <= 3 && cc < digits.length(); cc++) {
            keys.add(PHONE + digits.substring(cc) + SEPARATOR + id);
        }
    }

    /** The customer id at the end of a key. */
    public static String customerIdOf(String key) {
        return key.substring(key.lastIndexOf(SEPARATOR) + 1);
    }
}
