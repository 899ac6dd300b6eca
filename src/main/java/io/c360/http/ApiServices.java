package io.c360.http;

import io.c360.kafka.SerdeFactory;
import io.c360.query.ProfileQueryService;
import io.c360.query.StreamsHealth;
import io.c360.query.TimelineQueryService;
import io.c360.standardize.TouchpointStandardizer;

/** What the HTTP resources work with: query services, health, and the codecs they answer in. */
public record ApiServices(ProfileQueryService profiles, TimelineQueryService timelines, StreamsHealth health,
                          TouchpointStandardizer standardizer, SerdeFactory serdes) {
}
