package io.c360.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.c360.security.AuditLog;
import io.c360.security.Permission;
import io.c360.security.Principal;
import io.c360.security.Security;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;

/**
 * Every route's access rule, checked before its handler: open (probes, metrics, the API description), internal
 * (the instances' shared secret), or a permission a client's role must hold. A route missing from the table is
 * refused, so a new endpoint is closed until someone decides who may call it. Requests to audited routes,
 * refused ones included, are written to the audit trail afterwards.
 */
final class AccessControl {
    static final String INTERNAL_HEADER = io.c360.query.RemoteQueries.SECRET_HEADER;
    static final String TICKET_PARAM = "ticket";
    static final int MAX_PARAM_CHARS = 512;
    private static final String PRINCIPAL = "c360.principal";
    private static final String CUSTOMERS = "c360.audit.customers";
    private static final String LIVE_ROUTE = "GET /customers/{id}/events";

    /** Who may call a route: nobody in particular, the other instances, or holders of a permission. */
    record Rule(boolean isOpen, boolean isInternal, Permission permission, boolean audited) {
        static Rule open() {
            return new Rule(true, false, null, false);
        }

        static Rule internal() {
            return new Rule(false, true, null, false);
        }

        static Rule needs(Permission permission) {
            return new Rule(false, false, permission, false);
        }

        static Rule audited(Permission permission) {
            return new Rule(false, false, permission, true);
        }
    }

    static final Map<String, Rule> ROUTES = Map.ofEntries(
        Map.entry("GET /health", Rule.open()),
        Map.entry("GET /ready", Rule.open()),
        Map.entry("GET /metrics", Rule.open()),
        Map.entry("GET /openapi.json", Rule.open()),
        Map.entry("GET /customers", Rule.audited(Permission.PROFILE_READ)),
        Map.entry("GET /customers/{id}", Rule.audited(Permission.PROFILE_READ)),
        Map.entry("GET /customers/{id}/timeline", Rule.audited(Permission.TIMELINE_READ)),
        Map.entry(LIVE_ROUTE, Rule.audited(Permission.PROFILE_LIVE)),
        Map.entry("POST /customers/{id}/events/ticket", Rule.needs(Permission.PROFILE_LIVE)),
        Map.entry("GET /customers/{id}/identity", Rule.audited(Permission.IDENTITY_READ)),
        Map.entry("POST /customers/{id}/split", Rule.audited(Permission.IDENTITY_SPLIT)),
        Map.entry("GET /customers/{id}/export", Rule.audited(Permission.CUSTOMER_EXPORT)),
        Map.entry("DELETE /customers/{id}", Rule.audited(Permission.CUSTOMER_ERASE)),
        Map.entry("GET /review", Rule.needs(Permission.REVIEW_READ)),
        Map.entry("GET /search", Rule.audited(Permission.PROFILE_SEARCH)),
        Map.entry("GET /households/{id}", Rule.audited(Permission.RELATIONS_READ)),
        Map.entry("GET /accounts/{id}", Rule.audited(Permission.RELATIONS_READ)),
        Map.entry("GET /audit", Rule.needs(Permission.AUDIT_READ)),
        Map.entry("GET /internal/profiles", Rule.internal()),
        Map.entry("GET /internal/profiles/{id}", Rule.internal()),
        Map.entry("GET /internal/identifiers/{key}", Rule.internal()),
        Map.entry("GET /internal/timeline/{id}", Rule.internal()),
        Map.entry("GET /internal/records/{store}/{key}", Rule.internal()),
        Map.entry("GET /internal/search", Rule.internal()),
        Map.entry("GET /internal/review", Rule.internal()),
        Map.entry("GET /internal/erasure-scope/{id}", Rule.internal()));

    private final Security security;
    private final AuditLog audit;

    AccessControl(Security security, AuditLog audit) {
        this.security = security;
        this.audit = audit;
    }

    /** Before a matched route: 400 for oversized parameters, 401 without valid credentials, 403 without the permission. */
    void check(Context ctx) {
        if (ctx.endpoints().matchedHttpEndpoint() == null) {
            return; // the page's own static files: public, like any web page's
        }
        Rule rule = rule(ctx).orElseThrow(() -> new ApiException(403, "no access rule for " + route(ctx)));
        checkParams(ctx);
        if (rule.isOpen()) {
            return;
        }
        if (rule.isInternal()) {
            if (!security.internalCaller(ctx.header(INTERNAL_HEADER))) {
                throw new ApiException(401, "internal endpoint: the caller did not present this deployment's "
                    + "c360.http.internal.secret");
            }
            return;
        }
        String ticket = ctx.queryParam(TICKET_PARAM);
        Optional<Principal> principal = ticket != null && route(ctx).equals(LIVE_ROUTE)
            ? security.ticket(ticket, ctx.pathParam("id"))
            : security.authenticate(ctx.header("Authorization"));
        if (principal.isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"c360\"");
            throw new ApiException(401, ticket != null ? "the live-update ticket is invalid or expired"
                : "send Authorization: Bearer <API key or token>");
        }
        ctx.attribute(PRINCIPAL, principal.get());
        if (!principal.get().may(rule.permission())) {
            throw new ApiException(403, "role '" + principal.get().role().name() + "' may not "
                + rule.permission().configName());
        }
    }

    /** After every request: one audit entry per customer an audited route served or refused. */
    void audit(Context ctx) {
        Optional<Rule> rule = rule(ctx);
        if (rule.isEmpty() || !rule.get().audited()) {
            return;
        }
        List<String> customers = ctx.attribute(CUSTOMERS);
        if (customers == null) {
            String id = ctx.pathParamMap().get("id");
            customers = id == null ? List.of() : List.of(id);
        }
        audit.record(new AuditLog.Entry(ctx.attribute(PRINCIPAL), route(ctx), ctx.path(), customers,
            ctx.status().getCode()));
    }

    static Principal principal(Context ctx) {
        Principal principal = ctx.attribute(PRINCIPAL);
        if (principal == null) {
            throw new IllegalStateException("no principal on " + ctx.path() + ": the route is not protected");
        }
        return principal;
    }

    /** The customers an answer shows, for the audit trail (default: the path's {id}). */
    static void served(Context ctx, List<String> customerIds) {
        ctx.attribute(CUSTOMERS, List.copyOf(customerIds));
    }

    private static Optional<Rule> rule(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        return endpoint == null ? Optional.empty() : Optional.ofNullable(ROUTES.get(route(ctx)));
    }

    private static String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        return endpoint == null ? ctx.method().name() + " " + ctx.path() : endpoint.method.name() + " " + endpoint.path;
    }

    private static void checkParams(Context ctx) {
        ctx.pathParamMap().forEach((name, value) -> checkParam(name, value));
        ctx.queryParamMap().forEach((name, values) -> values.forEach(value -> checkParam(name, value)));
    }

    private static void checkParam(String name, String value) {
        if (name.length() > MAX_PARAM_CHARS || value.length() > MAX_PARAM_CHARS) {
            throw ApiException.badRequest("parameter " + (name.length() > 64 ? name.substring(0, 64) + "…" : name)
                + " is longer than " + MAX_PARAM_CHARS + " characters");
        }
        if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw ApiException.badRequest("parameter " + name + " contains control characters");
        }
    }
}
