package io.c360.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The customer an identifier names. A value a household shares can sit on several customers: the one holding
 * most of the records that carry it answers, ties to the older (smaller) id.
 */
public final class IdentifierHolder {
    private IdentifierHolder() {
    }

    /**
     * @param records    the records carrying the identifier (its index entry's members)
     * @param customerOf the customer a record belongs to, null when unassigned
     */
    public static Optional<String> of(List<String> records, Function<String, String> customerOf) {
        Map<String, Long> counts = new TreeMap<>();
        for (String record : records) {
            String customer = customerOf.apply(record);
            if (customer != null) {
                counts.merge(customer, 1L, Long::sum);
            }
        }
        return counts.entrySet().stream()
            .max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
            .map(Map.Entry::getKey);
    }
}
