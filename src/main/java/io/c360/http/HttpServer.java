package io.c360.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.c360.metrics.C360Metrics;
import io.c360.query.ProfileQueryService;
import io.c360.query.StoreUnavailableException;
import io.c360.query.StreamsHealth;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.Endpoint;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API: thin routes over the query service, with one error format for every failure. Every route needs
 * an entry in {@link AccessControl#ROUTES}; without one it answers 403.
 */
public final class HttpServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);
    static final String RETRY_AFTER_SECONDS = "1";
    private static final String STARTED = "c360.started";
    private static final String OPENAPI = openApi();

    private final Javalin app;

    private HttpServer(Javalin app) {
        this.app = app;
    }

    public static HttpServer start(HttpSettings settings, ApiServices services) {
        Answers answers = new Answers(services.security().masking());
        CustomerResource customers = new CustomerResource(services, answers);
        TimelineResource timeline = new TimelineResource(services.timelines(), answers);
        InternalResource internal = new InternalResource(services);
        RelationsResource relations = new RelationsResource(services.relations(), answers);
        SearchResource search = new SearchResource(services.search(), answers);
        LiveResource live = new LiveResource(services, answers);
        IdentityResource identity = new IdentityResource(services.identity(), answers);
        AccessControl access = new AccessControl(services.security(), services.audit());
        AuditResource audit = new AuditResource(services.auditTrail());
        ExportResource export = new ExportResource(services, answers);
        StreamsHealth health = services.health();
        Javalin app = Javalin.create(cfg -> {
            cfg.jetty.host = settings.bindHost();
            cfg.jetty.port = settings.port();
            settings.configure(cfg);
            cfg.startup.showJavalinBanner = false;
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            cfg.staticFiles.add(WebPage::configure);
            cfg.routes.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
            cfg.routes.beforeMatched(access::check);
            cfg.routes.after(ctx -> timeRequest(ctx, services.metrics()));
            cfg.routes.after(access::audit);
            cfg.routes.get("/health", ctx -> health(ctx, health));
            cfg.routes.get("/ready", ctx -> ready(ctx, health, services.profiles()));
            cfg.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4")
                .result(services.metrics().scrape()));
            cfg.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(OPENAPI));
            cfg.routes.get("/customers", customers::search);
            cfg.routes.get("/customers/{id}", customers::byId);
            cfg.routes.delete("/customers/{id}", identity::erase);
            cfg.routes.get("/customers/{id}/export", export::export);
            cfg.routes.get("/customers/{id}/timeline", timeline::timeline);
            cfg.routes.sse("/customers/{id}/events", live::events);
            cfg.routes.post("/customers/{id}/events/ticket", live::ticket);
            cfg.routes.get("/customers/{id}/identity", identity::identity);
            cfg.routes.post("/customers/{id}/split", identity::split);
            cfg.routes.get("/review", identity::review);
            cfg.routes.get("/search", search::search);
            cfg.routes.get("/households/{id}", relations::household);
            cfg.routes.get("/accounts/{id}", relations::account);
            cfg.routes.get("/audit", audit::audit);
            cfg.routes.get("/internal/profiles", internal::page);
            cfg.routes.get("/internal/profiles/{id}", internal::profile);
            cfg.routes.get("/internal/identifiers/{key}", internal::identifier);
            cfg.routes.get("/internal/timeline/{id}", internal::timeline);
            cfg.routes.get("/internal/records/{store}/{key}", internal::record);
            cfg.routes.get("/internal/search", search::local);
            cfg.routes.get("/internal/review", internal::review);
            cfg.routes.get("/internal/erasure-scope/{id}", internal::erasureScope);
            cfg.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
            // Javalin's own refusals (413 for a body over c360.http.max.request.bytes, ...) keep their status
            cfg.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
            cfg.routes.exception(StoreUnavailableException.class, (e, ctx) -> {
                ctx.header("Retry-After", RETRY_AFTER_SECONDS);
                error(ctx, 503, e.getMessage());
            });
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("Request {} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, 500, "internal error: " + e.getClass().getSimpleName());
            });
            cfg.routes.error(404, "*", ctx -> {
                String type = ctx.res().getContentType();
                if (type == null || !type.startsWith("application/json")) {
                    error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path());
                }
            });
        }).start();
        return new HttpServer(app);
    }

    public int port() {
        return app.port();
    }

    /** UP and DEGRADED are alive (200), with the reason for DEGRADED; DOWN answers 503. */
    private static void health(Context ctx, StreamsHealth health) {
        StreamsHealth.Report report = health.report();
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("status", report.status().name());
        body.put("streams", report.streams().name());
        if (report.reason() != null) {
            body.put("reason", report.reason());
        }
        ctx.status(report.status() == StreamsHealth.Status.DOWN ? 503 : 200).json(body);
    }

    /** Ready when Streams is RUNNING and not degraded, and the profile store's owners are known. */
    private static void ready(Context ctx, StreamsHealth health, ProfileQueryService profiles) {
        StreamsHealth.Report report = health.report();
        boolean running = report.streams() == KafkaStreams.State.RUNNING;
        boolean ready = running && report.status() == StreamsHealth.Status.UP && profiles.queryable();
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("ready", ready);
        body.put("streams", report.streams().name());
        if (!ready) {
            body.put("reason", report.reason() != null ? report.reason()
                : running ? "the profile stores are not queryable yet" : "Kafka Streams is " + report.streams());
            ctx.header("Retry-After", RETRY_AFTER_SECONDS);
        }
        ctx.status(ready ? 200 : 503).json(body);
    }

    private static void timeRequest(Context ctx, C360Metrics metrics) {
        Long started = ctx.attribute(STARTED);
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (started != null && endpoint != null) {
            metrics.recordRequest(ctx.method().name(), endpoint.path, ctx.status().getCode(),
                System.nanoTime() - started);
        }
    }

    private static String openApi() {
        try (InputStream in = HttpServer.class.getResourceAsStream("/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void error(Context ctx, int status, String message) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("status", status);
        body.put("error", message);
        ctx.status(status).json(body);
    }

    @Override
    public void close() {
        app.stop();
    }
}
