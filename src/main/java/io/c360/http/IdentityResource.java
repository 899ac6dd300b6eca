package io.c360.http;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.c360.avro.ReviewItem;
import io.c360.json.AvroJson;
import io.c360.query.IdentityQueryService;
import io.c360.query.IdentityView;
import io.javalin.http.Context;

/**
 * GET /customers/{id}/identity (source records, links and merge history with evidence), POST
 * /customers/{id}/split (move named source records to a new customer, for good) and GET /review.
 */
final class IdentityResource {
    static final int MAX_REVIEW = 500;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final IdentityQueryService identity;
    private final Answers answers;

    IdentityResource(IdentityQueryService identity, Answers answers) {
        this.identity = identity;
        this.answers = answers;
    }

    void identity(Context ctx) {
        String id = ctx.pathParam("id");
        IdentityView view = identity.identity(id)
            .orElseThrow(() -> ApiException.notFound("no customer with id '" + id + "'"));
        ObjectNode body = NODES.objectNode();
        body.put("customerId", view.profile().getCustomerId());
        body.set("identifiers", AvroJson.toJson(view.profile()).get("identifiers"));
        ArrayNode records = NODES.arrayNode();
        view.records().forEach(r -> records.add(AvroJson.toJson(r)));
        body.set("sourceRecords", records);
        ObjectNode identityJson = AvroJson.toJson(view.identity());
        body.set("links", identityJson.get("links"));
        body.set("history", identityJson.get("history"));
        body.set("mergedFrom", AvroJson.toJson(view.profile()).get("mergedFrom"));
        answers.send(ctx, body, List.of(view.profile().getCustomerId()));
    }

    void split(Context ctx) {
        String id = ctx.pathParam("id");
        List<String> records = recordsOf(ctx.body());
        String commandId;
        try {
            commandId = identity.requestSplit(id, records)
                .orElseThrow(() -> ApiException.notFound("no customer with id '" + id + "'"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        ObjectNode body = NODES.objectNode();
        body.put("commandId", commandId);
        body.put("status", "accepted");
        body.put("customerId", id);
        body.set("records", NODES.pojoNode(records));
        ctx.status(202).json(body);
    }

    /**
     * DELETE /customers/{id}: the right to be forgotten. Accepted once the erasure is on Kafka; the identity
     * stage then forgets the customer, and every customer sharing one of its strong identifiers, everywhere, in
     * order with the events before it. The answer lists the customers the erasure reaches.
     */
    void erase(Context ctx) {
        String id = ctx.pathParam("id");
        String requestedBy = AccessControl.principal(ctx).name();
        IdentityQueryService.ErasureAccepted erasure = identity.requestErasure(id, requestedBy)
            .orElseThrow(() -> ApiException.notFound("no customer with id '" + id + "'"));
        ObjectNode body = NODES.objectNode();
        body.put("erasureId", erasure.erasureId());
        body.put("status", "accepted");
        body.put("customerId", erasure.customerIds().get(0));
        ArrayNode reached = body.putArray("customerIds");
        erasure.customerIds().forEach(reached::add);
        ctx.status(202).json(body);
    }

    void review(Context ctx) {
        int limit = Params.limit(ctx, MAX_REVIEW);
        ArrayNode items = NODES.arrayNode();
        for (ReviewItem item : identity.review(limit)) {
            items.add(AvroJson.toJson(item));
        }
        ObjectNode body = NODES.objectNode();
        body.put("count", items.size());
        body.set("items", items);
        answers.send(ctx, body, List.of());
    }

    static List<String> recordsOf(String body) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body is not JSON: " + e.getOriginalMessage());
        }
        JsonNode records = json == null ? null : json.get("records");
        if (records == null || !records.isArray() || records.isEmpty()) {
            throw ApiException.badRequest("expected {\"records\": [\"SOURCE:recordId\", ...]} naming the source "
                + "records to split off");
        }
        List<String> keys = new ArrayList<>();
        for (JsonNode record : records) {
            if (!record.isTextual() || record.asText().isBlank()) {
                throw ApiException.badRequest("every record must be a non-blank string, not " + record);
            }
            keys.add(record.asText());
        }
        return keys;
    }
}
