package io.c360.identity.engine;

import static io.c360.identity.match.RecordView.BIRTH_DATE;
import static io.c360.identity.match.RecordView.FIRST_NAME;
import static io.c360.identity.match.RecordView.LAST_NAME;
import static io.c360.identity.match.RecordView.NATIONAL_ID;
import static io.c360.identity.match.RecordView.POSTCODE;
import static io.c360.identity.match.RecordView.STREET;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.c360.config.ConfigException;
import io.c360.identity.IdentifierType;
import io.c360.identity.match.EmailComparator;
import io.c360.identity.match.NameGroups;
import io.c360.identity.match.NameKeys;
import io.c360.identity.match.RecordView;

/**
 * The index keys of a record: one per configured blocker that has its fields ("b:<blocker>:<value>"), and one
 * per identifier ("i:<type>:<value>"). Two records are compared only when they share a key that is still under
 * its cap, so the cost of a record is bounded by the caps, not by the size of the state.
 */
public final class BlockingKeys {
    public static final String BLOCK_PREFIX = "b:";
    public static final String IDENTIFIER_PREFIX = "i:";
    static final List<String> BLOCKERS = List.of("surname-postcode", "birthdate-initial", "email-local",
        "phonetic-name", "national-id", "address", "birthdate-postcode");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");
    private static final int STREET_PREFIX = 8;
    private static final int MIN_EMAIL_LOCAL = 4;

    private static final NameGroups ROMANISATIONS = NameGroups.romanisations();

    private final Set<String> blockers;

    public BlockingKeys(List<String> blockers) {
        for (String blocker : blockers) {
            if (!BLOCKERS.contains(blocker)) {
                throw new ConfigException("c360.identity.blocking: unknown blocker '" + blocker + "'; known: " + BLOCKERS);
            }
        }
        this.blockers = Set.copyOf(blockers);
    }

    /** Every index key of the record, sorted. */
    public TreeSet<String> of(RecordView record) {
        TreeSet<String> keys = new TreeSet<>();
        String first = nameKey(record, FIRST_NAME);
        String last = nameKey(record, LAST_NAME);
        String dob = record.attribute(BIRTH_DATE);
        String postcode = compact(record.attribute(POSTCODE));
        if (last != null && postcode != null) {
            add(keys, "surname-postcode", NameKeys.phonetic(last) + "|" + postcode);
        }
        if (dob != null) {
            for (String name : Arrays.asList(first, last)) {
                if (name != null) {
                    for (String form : forms(name)) {
                        add(keys, "birthdate-initial", dob + "|" + form.substring(0, 1));
                    }
                }
            }
            if (postcode != null) {
                add(keys, "birthdate-postcode", dob + "|" + postcode);
            }
        }
        if (first != null && last != null) {
            for (String given : forms(first)) {
                for (String family : forms(last)) {
                    String a = NameKeys.phonetic(given);
                    String b = NameKeys.phonetic(family);
                    add(keys, "phonetic-name", a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a);
                }
            }
        }
        String nationalId = compact(record.attribute(NATIONAL_ID));
        if (nationalId != null) {
            add(keys, "national-id", nationalId);
        }
        String street = streetName(record.attribute(STREET));
        if (street != null && postcode != null) {
            add(keys, "address", postcode + "|" + street);
        }
        for (String email : record.identifiers(IdentifierType.EMAIL.fieldName())) {
            String local = EmailComparator.localPart(email);
            if (local.length() >= MIN_EMAIL_LOCAL) {
                add(keys, "email-local", local);
            }
        }
        for (String identifier : record.record().getIdentifiers()) {
            keys.add(IDENTIFIER_PREFIX + identifier);
        }
        return keys;
    }

    private void add(Set<String> keys, String blocker, String value) {
        if (blockers.contains(blocker)) {
            keys.add(BLOCK_PREFIX + blocker + ":" + value);
        }
    }

    /**
     * The spellings a name is blocked under: its key, its Latin transliteration when written in another script
     * (王 meets Wang), and the one spelling of its romanisation group (Cheung meets Zhang).
     */
    private static Set<String> forms(String key) {
        Set<String> forms = new LinkedHashSet<>(3);
        forms.add(key);
        String latin = NameKeys.latin(key);
        if (!latin.isEmpty()) {
            forms.add(latin);
            forms.addAll(ROMANISATIONS.spellings(latin));
        }
        return forms;
    }

    private static String nameKey(RecordView record, String attribute) {
        String key = record.nameKey(attribute);
        return key == null || key.isEmpty() ? null : key;
    }

    private static String compact(String code) {
        if (code == null) {
            return null;
        }
        String compact = SEPARATORS.matcher(code).replaceAll("").toUpperCase(Locale.ROOT);
        return compact.isEmpty() ? null : compact;
    }

    private static String streetName(String street) {
        if (street == null) {
            return null;
        }
        String letters = NOT_LETTER.matcher(street.toLowerCase(Locale.ROOT)).replaceAll("");
        return letters.isEmpty() ? null : letters.substring(0, Math.min(STREET_PREFIX, letters.length()));
    }
}
