package io.c360.http;

import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.c360.query.SearchHit;
import io.c360.query.SearchQueryService;
import io.javalin.http.Context;

/** GET /search?q=…&limit=N: customers by name, e-mail, phone or id prefix; and its per-instance part. */
final class SearchResource {
    static final int MAX_LIMIT = 50;

    private final SearchQueryService search;
    private final Answers answers;

    SearchResource(SearchQueryService search, Answers answers) {
        this.search = search;
        this.answers = answers;
    }

    void search(Context ctx) {
        String q = ctx.queryParam("q");
        List<SearchHit> hits = run(() -> search.search(q, Params.limit(ctx, MAX_LIMIT)));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("query", q);
        body.put("count", hits.size());
        body.set("results", Answers.tree(hits));
        answers.send(ctx, body, hits.stream().map(SearchHit::customerId).toList());
    }

    void local(Context ctx) {
        String q = ctx.queryParam("q");
        ctx.json(run(() -> search.local(q, Params.limit(ctx, MAX_LIMIT))));
    }

    private static List<SearchHit> run(java.util.function.Supplier<List<SearchHit>> query) {
        try {
            return query.get();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }
}
