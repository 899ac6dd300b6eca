package io.c360.http;

import java.nio.charset.StandardCharsets;

import io.c360.avro.CustomerProfile;
import io.c360.avro.ReviewItem;
import io.c360.avro.TouchpointEvent;
import io.c360.query.ProfileQueryService;
import io.c360.query.IdentityQueryService;
import io.c360.query.StoreRecords;
import io.c360.query.TimelineEntry;
import io.c360.query.TimelineFilter;
import io.c360.query.TimelineQueryService;
import io.c360.query.WireLists;
import io.javalin.http.Context;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The endpoints other c360 instances call to read this instance's stores: local reads only, Avro-encoded
 * records, so a forwarded answer is identical to a local one.
 */
final class InternalResource {
    private static final String OCTETS = "application/octet-stream";

    private final ProfileQueryService queries;
    private final TimelineQueryService timelines;
    private final StoreRecords records;
    private final IdentityQueryService identity;
    private final Serializer<ReviewItem> reviews;
    private final Serializer<CustomerProfile> profiles;
    private final Serializer<TouchpointEvent> events;

    InternalResource(ApiServices services) {
        this.queries = services.profiles();
        this.timelines = services.timelines();
        this.records = services.records();
        this.identity = services.identity();
        this.reviews = services.serdes().avro(ReviewItem.class).serializer();
        this.profiles = services.serdes().customerProfile().serializer();
        this.events = services.serdes().touchpointEvent().serializer();
    }

    void profile(Context ctx) {
        String id = ctx.pathParam("id");
        CustomerProfile profile = queries.localProfileAsStored(id)
            .orElseThrow(() -> ApiException.notFound("no customer with id '" + id + "' on this instance"));
        ctx.contentType(OCTETS).result(profiles.serialize(null, profile));
    }

    void page(Context ctx) {
        int limit = Params.limit(ctx, CustomerResource.MAX_LIMIT);
        ctx.contentType(OCTETS).result(WireLists.write(out -> {
            for (CustomerProfile profile : queries.localPage(limit, CustomerResource.order(ctx))) {
                WireLists.bytes(out, profiles.serialize(null, profile));
            }
        }));
    }

    void identifier(Context ctx) {
        String key = ctx.pathParam("key");
        String customerId = queries.localCustomerIdByIdentifier(key)
            .orElseThrow(() -> ApiException.notFound("identifier '" + key + "' is not known on this instance"));
        ctx.contentType("text/plain").result(customerId.getBytes(StandardCharsets.UTF_8));
    }

    void record(Context ctx) {
        String store = ctx.pathParam("store");
        String key = ctx.pathParam("key");
        byte[] bytes = records.localBytes(store, key)
            .orElseThrow(() -> ApiException.notFound("no record '" + key + "' in " + store + " on this instance"));
        ctx.contentType(OCTETS).result(bytes);
    }

    void review(Context ctx) {
        int limit = Params.limit(ctx, IdentityResource.MAX_REVIEW);
        ctx.contentType(OCTETS).result(WireLists.write(out -> {
            for (ReviewItem item : identity.localReview(limit)) {
                WireLists.bytes(out, reviews.serialize(null, item));
            }
        }));
    }

    void erasureScope(Context ctx) {
        String text = String.join("\n", identity.localErasureScope(ctx.pathParam("id")));
        ctx.contentType("text/plain").result(text.getBytes(StandardCharsets.UTF_8));
    }

    void timeline(Context ctx) {
        int limit = Params.limit(ctx, TimelineResource.MAX_LIMIT + 1);
        ctx.contentType(OCTETS).result(WireLists.write(out -> {
            for (TimelineEntry entry : timelines.local(ctx.pathParam("id"), limit, ctx.queryParam("after"),
                TimelineResource.filter(ctx))) {
                out.writeUTF(entry.position());
                WireLists.bytes(out, events.serialize(null, entry.event()));
            }
        }));
    }
}
