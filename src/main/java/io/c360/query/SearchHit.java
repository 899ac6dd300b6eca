package io.c360.query;

import java.util.Optional;

import io.c360.avro.CustomerProfile;
import io.c360.avro.GoldenValue;

/** One search result: enough to recognise the customer in a list and open the profile. */
public record SearchHit(String customerId, String name, String email, String phone, String city,
                        String lifecycleStage, int sources, double revenue) {

    public static SearchHit of(CustomerProfile p) {
        String first = value(p, "firstName");
        String last = value(p, "lastName");
        String name = (first == null ? "" : first) + (first != null && last != null ? " " : "")
            + (last == null ? "" : last);
        return new SearchHit(p.getCustomerId(), name.isEmpty() ? null : name, value(p, "email"), value(p, "phone"),
            value(p, "city"), p.getScores().getLifecycleStage().name(), p.getEventsBySource().size(),
            p.getCommerce().getRevenue());
    }

    private static String value(CustomerProfile p, String attribute) {
        return Optional.ofNullable(p.getAttributes().get(attribute)).map(GoldenValue::getValue).orElse(null);
    }
}
