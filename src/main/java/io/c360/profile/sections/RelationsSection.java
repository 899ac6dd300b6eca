package io.c360.profile.sections;

import io.c360.avro.CustomerMasterUpdate;
import io.c360.avro.CustomerProfile;
import io.c360.avro.TouchpointEvent;
import io.c360.profile.EventClock;
import io.c360.profile.ProfileSection;

/** The household and B2B account a master record declares; the latest declaration in event time wins. */
public final class RelationsSection implements ProfileSection {

    @Override
    public void apply(CustomerProfile profile, TouchpointEvent event, EventClock clock) {
        if (!(event.getPayload() instanceof CustomerMasterUpdate update)) {
            return;
        }
        if (profile.getRelationsAt() != null && event.getEventTime().isBefore(profile.getRelationsAt())) {
            return;
        }
        profile.setRelationsAt(event.getEventTime());
        profile.setDeclaredHouseholdId(blankToNull(update.getHouseholdId()));
        profile.setAccountId(blankToNull(update.getAccountId()));
    }

    @Override
    public void merge(CustomerProfile survivor, CustomerProfile retired) {
        if (retired.getRelationsAt() != null && (survivor.getRelationsAt() == null
            || retired.getRelationsAt().isAfter(survivor.getRelationsAt()))) {
            survivor.setRelationsAt(retired.getRelationsAt());
            survivor.setDeclaredHouseholdId(retired.getDeclaredHouseholdId());
            survivor.setAccountId(retired.getAccountId());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
