package io.c360.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.c360.security.AuditTrail;
import io.javalin.http.Context;

/** GET /audit?customer=ID&limit=N: who read this customer's data through the API, when, and the outcome. */
final class AuditResource {
    static final int MAX_LIMIT = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuditTrail trail;

    AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    void audit(Context ctx) {
        String customer = ctx.queryParam("customer");
        if (customer == null || customer.isBlank()) {
            throw ApiException.badRequest("name the customer: /audit?customer=ID");
        }
        int limit = Params.limit(ctx, MAX_LIMIT);
        ArrayNode records = JsonNodeFactory.instance.arrayNode();
        for (String record : trail.read(customer, limit)) {
            try {
                records.add(JSON.readTree(record));
            } catch (JsonProcessingException e) {
                records.add(record);
            }
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("customerId", customer);
        body.put("count", records.size());
        body.set("records", records);
        ctx.json(body);
    }
}
