package io.c360.http;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.c360.avro.Account;
import io.c360.avro.Household;
import io.c360.avro.MemberSummary;
import io.c360.query.RelationsQueryService;
import io.javalin.http.Context;

/** GET /households/{id} and GET /accounts/{id} (with hierarchy and roll-ups). */
final class RelationsResource {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final RelationsQueryService relations;
    private final Answers answers;

    RelationsResource(RelationsQueryService relations, Answers answers) {
        this.relations = relations;
        this.answers = answers;
    }

    void household(Context ctx) {
        String id = ctx.pathParam("id");
        Household h = relations.household(id)
            .orElseThrow(() -> ApiException.notFound("no household with id '" + id + "'"));
        ObjectNode body = RelationsJson.household(h, relations.profilesOf(h.getMembers().keySet()));
        body.set("totals", totals(List.copyOf(h.getMembers().values()), 1));
        answers.send(ctx, body, List.copyOf(h.getMembers().keySet()));
    }

    void account(Context ctx) {
        String id = ctx.pathParam("id");
        Account account = relations.account(id)
            .orElseThrow(() -> ApiException.notFound("no account with id '" + id + "'"));
        List<Account> ancestors = relations.ancestors(account);
        List<Account> below = relations.descendants(account);
        ObjectNode body = RelationsJson.account(account, relations.profilesOf(account.getContacts().keySet()));
        ArrayNode parents = NODES.arrayNode();
        ancestors.forEach(a -> parents.add(brief(a)));
        body.set("parents", parents);
        body.set("ultimateParent", ancestors.isEmpty() ? NODES.nullNode() : brief(ancestors.get(ancestors.size() - 1)));
        ArrayNode descendants = NODES.arrayNode();
        below.forEach(a -> descendants.add(brief(a)));
        body.set("descendants", descendants);
        body.set("totals", totals(List.copyOf(account.getContacts().values()), 1));
        List<MemberSummary> allContacts = new java.util.ArrayList<>(account.getContacts().values());
        below.forEach(a -> allContacts.addAll(a.getContacts().values()));
        body.set("hierarchyTotals", totals(allContacts, 1 + below.size()));
        answers.send(ctx, body, List.copyOf(account.getContacts().keySet()));
    }

    private static ObjectNode brief(Account a) {
        ObjectNode node = NODES.objectNode();
        node.put("accountId", a.getAccountId());
        node.put("name", a.getName());
        node.put("parentAccountId", a.getParentAccountId());
        node.put("contacts", a.getContacts().size());
        return node;
    }

    private static ObjectNode totals(List<MemberSummary> members, int accounts) {
        ObjectNode node = NODES.objectNode();
        node.put("accounts", accounts);
        node.put("members", members.size());
        node.put("revenue", Math.round(members.stream().mapToDouble(MemberSummary::getRevenue).sum() * 100) / 100.0);
        node.put("orders", members.stream().mapToLong(MemberSummary::getOrderCount).sum());
        return node;
    }
}
