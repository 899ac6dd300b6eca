package io.c360.http;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.c360.security.FieldMasking;
import io.c360.security.Principal;
import io.javalin.http.Context;

/**
 * How a customer-data answer leaves this instance: shown through the caller's role (hidden fields removed,
 * ids pseudonymized), once, here at the instance the client asked; the customers it shows go to the audit.
 */
final class Answers {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FieldMasking masking;

    Answers(FieldMasking masking) {
        this.masking = masking;
    }

    void send(Context ctx, JsonNode body, List<String> customerIds) {
        AccessControl.served(ctx, customerIds);
        ctx.json(mask(AccessControl.principal(ctx), body));
    }

    JsonNode mask(Principal principal, JsonNode body) {
        return masking.apply(principal.role(), body);
    }

    static JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }
}
