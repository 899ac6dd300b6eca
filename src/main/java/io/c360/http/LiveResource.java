package io.c360.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.c360.avro.ChangeType;
import io.c360.avro.CustomerProfile;
import io.c360.avro.ProfileChanged;
import io.c360.json.AvroJson;
import io.c360.query.ProfileChangeFeed;
import io.c360.query.ProfileQueryService;
import io.javalin.http.sse.SseClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GET /customers/{id}/events: server-sent events for a live profile page. Event "profile" carries the
 * change (changed fields, segments, cause) and the new profile; event "merged" says the customer now lives
 * on under another id, which the page should open instead.
 */
final class LiveResource {
    private static final Logger LOG = LoggerFactory.getLogger(LiveResource.class);

    private final ProfileQueryService profiles;
    private final ProfileChangeFeed feed;

    LiveResource(ProfileQueryService profiles, ProfileChangeFeed feed) {
        this.profiles = profiles;
        this.feed = feed;
    }

    void events(SseClient client) {
        String id = client.ctx().pathParam("id");
        CustomerProfile profile = profiles.profile(id).orElse(null);
        if (profile == null) {
            client.sendEvent("error", "{\"status\":404,\"error\":\"no customer with id '" + id + "'\"}");
            client.close();
            return;
        }
        client.keepAlive();
        AutoCloseable subscription = feed.subscribe(profile.getCustomerId(), change -> send(client, change));
        client.onClose(() -> {
            try {
                subscription.close();
            } catch (Exception e) {
                LOG.warn("Could not end the live subscription of {}: {}", id, e.getMessage());
            }
        });
        client.sendEvent("ready", "{\"customerId\":\"" + profile.getCustomerId() + "\"}");
    }

    private static void send(SseClient client, ProfileChanged change) {
        if (client.terminated()) {
            return;
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("customerId", change.getCustomerId());
        body.put("changeType", change.getChangeType().name());
        body.put("causeEventId", change.getCauseEventId());
        ObjectNode json = AvroJson.toJson(change);
        body.set("changedFields", json.get("changedFields"));
        body.set("segmentsEntered", json.get("segmentsEntered"));
        body.set("segmentsLeft", json.get("segmentsLeft"));
        if (change.getChangeType() == ChangeType.RETIRED && change.getProfile() != null) {
            body.put("mergedInto", change.getProfile().getMergedInto());
            client.sendEvent("merged", body.toString());
        } else if (change.getProfile() != null) {
            body.set("profile", CustomerResource.render(change.getProfile()));
            client.sendEvent("profile", body.toString());
        }
    }
}
