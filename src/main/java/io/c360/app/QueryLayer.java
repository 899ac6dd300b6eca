package io.c360.app;

import io.c360.avro.IdentityCommand;
import io.c360.config.AppConfig;
import io.c360.http.ApiServices;
import io.c360.http.HttpSettings;
import io.c360.identity.engine.IdentityEngine;
import io.c360.kafka.SerdeFactory;
import io.c360.kafka.Topics;
import io.c360.metrics.C360Metrics;
import io.c360.privacy.IndexKeys;
import io.c360.privacy.PrivacyKeys;
import io.c360.privacy.Pseudonyms;
import io.c360.query.ErasureScopes;
import io.c360.query.IdentityCommands;
import io.c360.query.IdentityQueryService;
import io.c360.query.ProfileChangeFeed;
import io.c360.query.ProfileQueryService;
import io.c360.query.RelationsQueryService;
import io.c360.query.RemoteQueries;
import io.c360.query.SearchQueryService;
import io.c360.query.StoreRecords;
import io.c360.query.StoreRouter;
import io.c360.query.StreamsHealth;
import io.c360.query.TimelineQueryService;
import io.c360.security.AuditLog;
import io.c360.security.AuditTrail;
import io.c360.security.Security;
import io.c360.standardize.TouchpointStandardizer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Everything the HTTP API reads and writes through, wired for one instance: the query services over the
 * stores, the live change feed, the identity command publisher and the metrics. Closes what it opened.
 */
final class QueryLayer implements AutoCloseable {
    private final ApiServices services;
    private final ProfileChangeFeed changes;
    private final IdentityCommands commands;
    private final C360Metrics metrics;
    private final AuditLog audit;

    QueryLayer(AppConfig config, KafkaStreams streams, StreamsHealth health, SerdeFactory serdes, HostInfo self,
               Security security, HttpSettings http) {
        Topics topics = new Topics(config);
        StoreRouter router = new StoreRouter(streams, self);
        RemoteQueries remote = new RemoteQueries(serdes, security.internalSecret(), http.forwardingTrust());
        StoreRecords records = new StoreRecords(router, remote, serdes);
        IndexKeys indexKeys = new IndexKeys(new Pseudonyms(PrivacyKeys.from(config)));
        ProfileQueryService profiles = new ProfileQueryService(router, remote, indexKeys);
        this.metrics = new C360Metrics(streams, health, config.clientProperties(), topics.deadLetter().name());
        this.changes = new ProfileChangeFeed(config.clientProperties(), topics.profileChanged().name(),
            serdes.profileChanged().deserializer()).start();
        this.audit = new AuditLog(config.clientProperties(), topics.audit().name());
        this.commands = new IdentityCommands(config.clientProperties(), topics.identityControl().name(),
            serdes.avro(IdentityCommand.class));
        this.services = new ApiServices(profiles, new TimelineQueryService(router, profiles, remote),
            new RelationsQueryService(records, profiles), new SearchQueryService(router, remote),
            new IdentityQueryService(records, profiles, router, remote, commands,
                new ErasureScopes(IdentityEngine.from(config, false), router, remote, indexKeys)), records, changes, health, metrics,
            new TouchpointStandardizer(config.get("c360.phone.default.region")), serdes, security,
            audit, new AuditTrail(config.clientProperties(), topics.audit().name()));
    }

    ApiServices services() {
        return services;
    }

    @Override
    public void close() {
        changes.close();
        commands.close();
        metrics.close();
        audit.close();
    }
}
