package io.c360.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.c360.avro.CustomerProfile;
import io.c360.demo.GeneratedTouchpoint;
import io.c360.demo.TouchpointGenerator;

/** Realistic profiles for equivalence tests: the demo generator's people, each folded into one profile. */
public final class GeneratedProfiles {
    private GeneratedProfiles() {
    }

    /** Every intermediate profile of every person, in event order: sparse ones, rich ones and all between. */
    public static List<CustomerProfile> of(long seed, int people) {
        ProfileModel model = TestModels.defaults();
        Map<String, CustomerProfile> byPerson = new LinkedHashMap<>();
        List<CustomerProfile> all = new ArrayList<>();
        for (GeneratedTouchpoint t : new TouchpointGenerator(seed, people, Instant.parse("2026-06-01T00:00:00Z"))
            .history()) {
            CustomerProfile next = model.apply(byPerson.get(t.personId()), t.personId(), t.event(),
                t.event().getEventTime());
            byPerson.put(t.personId(), next);
            all.add(next);
        }
        return all;
    }
}
