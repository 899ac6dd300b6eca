package io.c360.http;

import io.c360.kafka.SerdeFactory;
import io.c360.metrics.C360Metrics;
import io.c360.query.IdentityQueryService;
import io.c360.query.ProfileChangeFeed;
import io.c360.query.StoreRecords;
import io.c360.query.ProfileQueryService;
import io.c360.query.RelationsQueryService;
import io.c360.query.SearchQueryService;
import io.c360.query.StreamsHealth;
import io.c360.query.TimelineQueryService;
import io.c360.security.AuditLog;
import io.c360.security.AuditTrail;
import io.c360.security.Security;
import io.c360.standardize.TouchpointStandardizer;

/** What the HTTP resources work with: query services, health, the codecs they answer in, access and audit. */
public record ApiServices(ProfileQueryService profiles, TimelineQueryService timelines,
                          RelationsQueryService relations, SearchQueryService search, IdentityQueryService identity,
                          StoreRecords records, ProfileChangeFeed changes,
                          StreamsHealth health, C360Metrics metrics, TouchpointStandardizer standardizer,
                          SerdeFactory serdes, Security security, AuditLog audit,
                          AuditTrail auditTrail) {
}
