package io.c360.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.c360.avro.CustomerProfile;
import io.c360.json.AvroJson;
import io.c360.query.IdentityView;
import io.c360.query.TimelineFilter;
import io.c360.query.TimelinePage;
import io.javalin.http.Context;

/**
 * GET /customers/{id}/export: everything c360 holds about a person (the data subject's right of access), as
 * one JSON document: the golden record with the lineage of every value and its alternates, identifiers, source
 * records as standardized, links and merge history with evidence, consents, scores and segments, households and
 * accounts, and the whole timeline.
 */
final class ExportResource {
    static final int PAGE = 200;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ApiServices services;
    private final Answers answers;

    ExportResource(ApiServices services, Answers answers) {
        this.services = services;
        this.answers = answers;
    }

    void export(Context ctx) {
        String id = ctx.pathParam("id");
        IdentityView identity = services.identity().identity(id)
            .orElseThrow(() -> ApiException.notFound("no customer with id '" + id + "'"));
        CustomerProfile profile = identity.profile();
        ObjectNode body = NODES.objectNode();
        body.put("customerId", profile.getCustomerId());
        body.put("exportedAt", java.time.Instant.now().toString());
        body.put("format", "c360-export/1");
        body.set("profile", AvroJson.toJson(profile));
        ArrayNode records = NODES.arrayNode();
        identity.records().forEach(r -> records.add(AvroJson.toJson(r)));
        body.set("sourceRecords", records);
        ObjectNode identityJson = AvroJson.toJson(identity.identity());
        body.set("links", identityJson.get("links"));
        body.set("identityHistory", identityJson.get("history"));
        body.set("household", profile.getHouseholdId() == null ? NODES.nullNode()
            : services.relations().household(profile.getHouseholdId()).<com.fasterxml.jackson.databind.JsonNode>map(
                h -> RelationsJson.household(h, services.relations().profilesOf(h.getMembers().keySet())))
                .orElse(NODES.nullNode()));
        body.set("account", profile.getAccountId() == null ? NODES.nullNode()
            : services.relations().account(profile.getAccountId()).<com.fasterxml.jackson.databind.JsonNode>map(
                a -> RelationsJson.account(a, services.relations().profilesOf(a.getContacts().keySet())))
                .orElse(NODES.nullNode()));
        body.set("timeline", timeline(profile.getCustomerId()));
        answers.send(ctx, body, java.util.List.of(profile.getCustomerId()));
    }

    private ArrayNode timeline(String customerId) {
        ArrayNode events = NODES.arrayNode();
        String after = null;
        do {
            TimelinePage page = services.timelines().timeline(customerId, PAGE, after, TimelineFilter.ALL)
                .orElse(new TimelinePage(java.util.List.of(), null));
            page.entries().forEach(entry -> {
                ObjectNode event = AvroJson.toJson(entry.event());
                event.put("recordedUnder", entry.recordedUnder());
                events.add(event);
            });
            after = page.nextCursor();
        } while (after != null);
        return events;
    }
}
