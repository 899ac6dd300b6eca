package io.c360.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.c360.avro.CustomerProfile;
import io.c360.json.AvroJson;
import io.c360.identity.IdentifierKey;
import io.c360.identity.IdentifierType;
import io.c360.query.BrowseOrder;
import io.c360.query.ProfileQueryService;
import io.c360.standardize.TouchpointStandardizer;
import io.javalin.http.Context;

/** GET /customers/{id} and GET /customers?email=…|phone=…|…|limit=N. */
final class CustomerResource {
    static final int MAX_LIMIT = 1000;
    private static final Set<String> PAGE_PARAMS = Set.of("limit", "sort");

    private final ProfileQueryService queries;
    private final TouchpointStandardizer standardizer;
    private final Answers answers;

    CustomerResource(ApiServices services, Answers answers) {
        this.queries = services.profiles();
        this.standardizer = services.standardizer();
        this.answers = answers;
    }

    void byId(Context ctx) {
        String id = ctx.pathParam("id");
        CustomerProfile profile = queries.profile(id)
            .orElseThrow(() -> ApiException.notFound("no customer with id '" + id + "'"));
        answers.send(ctx, render(profile), List.of(profile.getCustomerId()));
    }

    void search(Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        Set<String> unknown = new TreeSet<>(params.keySet());
        unknown.removeIf(name -> PAGE_PARAMS.contains(name) || IdentifierType.byFieldName(name).isPresent());
        if (!unknown.isEmpty()) {
            throw ApiException.badRequest("unknown query parameter(s) " + unknown + "; use one identifier ("
                + identifierNames() + "), or limit and sort");
        }
        List<String> identifierParams = params.keySet().stream()
            .filter(name -> IdentifierType.byFieldName(name).isPresent()).toList();
        if (identifierParams.size() > 1) {
            throw ApiException.badRequest("give one identifier at a time, not " + identifierParams);
        }
        if (identifierParams.size() == 1) {
            byIdentifier(ctx, identifierParams.get(0));
        } else {
            page(ctx);
        }
    }

    private void byIdentifier(Context ctx, String param) {
        IdentifierType type = IdentifierType.byFieldName(param).orElseThrow();
        String raw = ctx.queryParam(param);
        String value = standardizer.identifier(type.fieldName(), raw, null)
            .orElseThrow(() -> ApiException.badRequest("'" + raw + "' is not a valid " + type.fieldName()));
        Optional<CustomerProfile> profile = queries.profileByIdentifier(new IdentifierKey(type.fieldName(), value));
        CustomerProfile found = profile.orElseThrow(() ->
            ApiException.notFound("no customer with " + type.fieldName() + " '" + value + "'"));
        answers.send(ctx, render(found), List.of(found.getCustomerId()));
    }

    private void page(Context ctx) {
        int limit = Params.limit(ctx, MAX_LIMIT);
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        List<CustomerProfile> profiles = queries.page(limit, order(ctx));
        profiles.forEach(p -> items.add(render(p)));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("count", items.size());
        body.set("customers", items);
        answers.send(ctx, body, profiles.stream().map(CustomerProfile::getCustomerId).toList());
    }

    static BrowseOrder order(Context ctx) {
        String raw = ctx.queryParam("sort");
        try {
            return raw == null ? BrowseOrder.RICHEST : BrowseOrder.parse(raw);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    static ObjectNode render(CustomerProfile profile) {
        ObjectNode json = AvroJson.toJson(profile);
        json.remove("recentEventIds");
        json.remove("mergedInto");
        return json;
    }

    private static String identifierNames() {
        return String.join(", ", java.util.Arrays.stream(IdentifierType.values()).map(IdentifierType::fieldName)
            .toList());
    }
}
