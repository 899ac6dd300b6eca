package io.c360.profile;

import io.c360.avro.CustomerProfile;
import io.c360.avro.TouchpointEvent;

/**
 * One part of the 360 profile (commerce, service, marketing, ...): how an event updates it and how two
 * customers' parts combine when they turn out to be one person. Implementations mutate the profile they
 * are given, which the aggregator has already copied.
 */
public interface ProfileSection {
    void apply(CustomerProfile profile, TouchpointEvent event, EventClock clock);

    void merge(CustomerProfile survivor, CustomerProfile retired);
}
