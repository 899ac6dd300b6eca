package io.c360.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.c360.avro.ChangeType;
import io.c360.avro.CustomerProfile;
import io.c360.avro.ProfileChanged;
import io.c360.json.AvroJson;
import io.c360.query.ProfileChangeFeed;
import io.c360.query.ProfileQueryService;
import io.c360.security.Principal;
import io.c360.security.Security;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GET /customers/{id}/events: server-sent events for a live profile page. Event "profile" carries the
 * change (changed fields, segments, cause) and the new profile; event "merged" says the customer now lives
 * on under another id, which the page should open instead. Every event is shown through the subscriber's role.
 * A browser's EventSource cannot send headers: the page first trades its key for a short-lived ticket
 * (POST /customers/{id}/events/ticket) and passes it as {@code ?ticket=}.
 */
final class LiveResource {
    private static final Logger LOG = LoggerFactory.getLogger(LiveResource.class);

    private final ProfileQueryService profiles;
    private final ProfileChangeFeed feed;
    private final Security security;
    private final Answers answers;

    LiveResource(ApiServices services, Answers answers) {
        this.profiles = services.profiles();
        this.feed = services.changes();
        this.security = services.security();
        this.answers = answers;
    }

    void ticket(Context ctx) {
        String id = ctx.pathParam("id");
        if (profiles.profile(id).isEmpty()) {
            throw ApiException.notFound("no customer with id '" + id + "'");
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("ticket", security.issueTicket(AccessControl.principal(ctx), id));
        body.put("expiresInSeconds", 60);
        ctx.json(body);
    }

    void events(SseClient client) {
        String id = client.ctx().pathParam("id");
        Principal principal = AccessControl.principal(client.ctx());
        CustomerProfile profile = profiles.profile(id).orElse(null);
        if (profile == null) {
            ObjectNode error = JsonNodeFactory.instance.objectNode();
            error.put("status", 404);
            error.put("error", "no customer with id '" + id + "'");
            client.sendEvent("error", error.toString());
            client.close();
            return;
        }
        client.keepAlive();
        AutoCloseable subscription = feed.subscribe(profile.getCustomerId(), change -> send(client, principal, change));
        client.onClose(() -> {
            try {
                subscription.close();
            } catch (Exception e) {
                LOG.warn("Could not end the live subscription of {}: {}", id, e.getMessage());
            }
        });
        ObjectNode ready = JsonNodeFactory.instance.objectNode();
        ready.put("customerId", profile.getCustomerId());
        client.sendEvent("ready", answers.mask(principal, ready).toString());
    }

    private void send(SseClient client, Principal principal, ProfileChanged change) {
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
            client.sendEvent("merged", answers.mask(principal, body).toString());
        } else if (change.getProfile() != null) {
            body.set("profile", CustomerResource.render(change.getProfile()));
            client.sendEvent("profile", answers.mask(principal, body).toString());
        }
    }
}
