package io.c360.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.c360.json.AvroJson;
import io.c360.query.TimelineEntry;
import io.c360.query.TimelineFilter;
import io.c360.query.TimelinePage;
import io.c360.query.TimelineQueryService;
import io.javalin.http.Context;

/** GET /customers/{id}/timeline?limit=N&after=CURSOR&source=…&channel=…&type=…: interactions, newest first. */
final class TimelineResource {
    static final int MAX_LIMIT = 200;

    private final TimelineQueryService timelines;
    private final Answers answers;

    TimelineResource(TimelineQueryService timelines, Answers answers) {
        this.timelines = timelines;
        this.answers = answers;
    }

    void timeline(Context ctx) {
        String id = ctx.pathParam("id");
        int limit = Params.limit(ctx, MAX_LIMIT);
        TimelinePage page = timelines.timeline(id, limit, ctx.queryParam("after"), filter(ctx))
            .orElseThrow(() -> ApiException.notFound("no customer with id '" + id + "'"));
        ArrayNode entries = JsonNodeFactory.instance.arrayNode();
        page.entries().forEach(entry -> entries.add(render(entry)));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("customerId", id);
        body.put("count", entries.size());
        body.set("entries", entries);
        body.put("nextCursor", page.nextCursor());
        answers.send(ctx, body, java.util.List.of(id));
    }

    static TimelineFilter filter(Context ctx) {
        return new TimelineFilter(ctx.queryParam("source"), ctx.queryParam("channel"), ctx.queryParam("type"));
    }

    private static ObjectNode render(TimelineEntry entry) {
        ObjectNode json = AvroJson.toJson(entry.event());
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("eventId", entry.event().getEventId());
        node.set("eventTime", json.get("eventTime"));
        node.put("source", entry.event().getSource().name());
        node.put("channel", entry.event().getChannel().name());
        node.put("eventType", entry.event().getEventType());
        node.put("summary", TimelineSummary.of(entry.event()));
        node.put("payloadType", entry.event().getPayload() == null ? null
            : entry.event().getPayload().getClass().getSimpleName());
        node.set("payload", json.get("payload"));
        node.put("recordedUnder", entry.recordedUnder());
        return node;
    }
}
