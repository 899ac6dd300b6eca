package io.c360.http;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.c360.avro.Account;
import io.c360.avro.CustomerProfile;
import io.c360.avro.GoldenValue;
import io.c360.avro.Household;
import io.c360.avro.MemberSummary;
import io.c360.json.AvroJson;

/**
 * Households and accounts as clients see them: what the stores keep (ids, counts, stages) with the personal
 * data composed from the members' profiles at read time — member names, and a household's address and family
 * name, taken from the member who joined or changed last.
 */
final class RelationsJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] ADDRESS = {"street", "unit", "city", "postcode", "region", "country"};

    private RelationsJson() {
    }

    static ObjectNode household(Household h, Map<String, CustomerProfile> profiles) {
        ObjectNode stored = AvroJson.toJson(h);
        Optional<CustomerProfile> latest = h.getMembers().values().stream()
            .sorted(Comparator.comparing(MemberSummary::getUpdatedAt).reversed())
            .map(m -> profiles.get(m.getCustomerId()))
            .filter(p -> p != null && value(p, "street") != null)
            .findFirst();
        ObjectNode body = NODES.objectNode();
        body.put("householdId", h.getHouseholdId());
        body.set("address", latest.<com.fasterxml.jackson.databind.JsonNode>map(RelationsJson::address)
            .orElse(NODES.nullNode()));
        body.put("familyName", latest.map(p -> value(p, "lastName")).orElse(null));
        body.set("members", named((ObjectNode) stored.get("members"), profiles));
        body.set("updatedAt", stored.get("updatedAt"));
        return body;
    }

    static ObjectNode account(Account account, Map<String, CustomerProfile> profiles) {
        ObjectNode body = AvroJson.toJson(account);
        body.set("contacts", named((ObjectNode) body.get("contacts"), profiles));
        return body;
    }

    /** Each member's summary with the member's name ("First Last" from the profile) after the customer id. */
    private static ObjectNode named(ObjectNode members, Map<String, CustomerProfile> profiles) {
        ObjectNode named = NODES.objectNode();
        members.properties().forEach(entry -> {
            ObjectNode member = NODES.objectNode();
            member.put("customerId", entry.getKey());
            member.put("name", nameOf(profiles.get(entry.getKey())));
            ((ObjectNode) entry.getValue()).properties().forEach(field -> member.set(field.getKey(), field.getValue()));
            named.set(entry.getKey(), member);
        });
        return named;
    }

    private static String nameOf(CustomerProfile p) {
        if (p == null) {
            return null;
        }
        String first = value(p, "firstName");
        String last = value(p, "lastName");
        return first == null && last == null ? null
            : String.join(" ", first == null ? "" : first, last == null ? "" : last).trim();
    }

    private static ObjectNode address(CustomerProfile p) {
        ObjectNode address = NODES.objectNode();
        for (String part : ADDRESS) {
            address.put(part, value(p, part));
        }
        return address;
    }

    private static String value(CustomerProfile p, String attribute) {
        GoldenValue golden = p.getAttributes().get(attribute);
        return golden == null ? null : golden.getValue();
    }
}
