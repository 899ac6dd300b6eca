package io.c360.http;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.c360.avro.CustomerProfile;
import io.c360.query.ProfileQueryService;
import io.javalin.http.Context;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The endpoints other c360 instances call to read this instance's stores: local reads only, Avro-encoded
 * profiles, so a forwarded answer is identical to a local one.
 */
final class InternalResource {
    private final ProfileQueryService queries;
    private final Serializer<CustomerProfile> serializer;

    InternalResource(ProfileQueryService queries, Serializer<CustomerProfile> serializer) {
        this.queries = queries;
        this.serializer = serializer;
    }

    void profile(Context ctx) {
        String id = ctx.pathParam("id");
        CustomerProfile profile = queries.localProfileAsStored(id)
            .orElseThrow(() -> ApiException.notFound("no customer with id '" + id + "' on this instance"));
        ctx.contentType("application/octet-stream").result(serializer.serialize(null, profile));
    }

    void page(Context ctx) {
        int limit = CustomerResource.parseLimit(ctx.queryParam("limit"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (CustomerProfile profile : queries.localPage(limit)) {
                byte[] record = serializer.serialize(null, profile);
                out.writeInt(record.length);
                out.write(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.contentType("application/octet-stream").result(bytes.toByteArray());
    }

    void identifier(Context ctx) {
        String key = ctx.pathParam("key");
        String customerId = queries.localCustomerIdByIdentifier(key)
            .orElseThrow(() -> ApiException.notFound("identifier '" + key + "' is not known on this instance"));
        ctx.contentType("text/plain").result(customerId.getBytes(StandardCharsets.UTF_8));
    }
}
