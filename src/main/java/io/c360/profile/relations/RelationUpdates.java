package io.c360.profile.relations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.c360.avro.CustomerProfile;
import io.c360.avro.MemberSummary;
import io.c360.avro.MembershipChange;
import io.c360.avro.RelationCommand;
import io.c360.avro.RelationKind;
import io.c360.profile.Profiles;
import org.apache.kafka.streams.KeyValue;

/**
 * What a profile change means for the customer's household and account: leave the old one, join the new
 * one, or refresh the member summary they keep (ids, counts, stage: nothing personal; names and addresses
 * are read from the profiles when a household is served). Nothing when none of that changed, so most events
 * cost no extra message.
 */
public final class RelationUpdates {
    private RelationUpdates() {
    }

    public static List<KeyValue<String, RelationCommand>> between(CustomerProfile before, CustomerProfile after,
                                                                 Instant at) {
        CustomerProfile old = Profiles.isRetired(before) ? null : before;
        CustomerProfile now = Profiles.isRetired(after) ? null : after;
        List<KeyValue<String, RelationCommand>> updates = new ArrayList<>();
        change(RelationKind.HOUSEHOLD, old, now, old == null ? null : old.getHouseholdId(),
            now == null ? null : now.getHouseholdId(), at, updates);
        change(RelationKind.ACCOUNT, old, now, old == null ? null : old.getAccountId(),
            now == null ? null : now.getAccountId(), at, updates);
        return updates;
    }

    private static void change(RelationKind kind, CustomerProfile old, CustomerProfile now, String oldId, String newId,
                               Instant at, List<KeyValue<String, RelationCommand>> updates) {
        if (oldId != null && !oldId.equals(newId)) {
            updates.add(KeyValue.pair(oldId, membership(kind, oldId, false, old, at)));
        }
        if (newId != null && (!newId.equals(oldId) || !sameSummary(old, now))) {
            updates.add(KeyValue.pair(newId, membership(kind, newId, true, now, at)));
        }
    }

    private static RelationCommand membership(RelationKind kind, String objectId, boolean member, CustomerProfile p,
                                              Instant at) {
        MembershipChange change = MembershipChange.newBuilder()
            .setKind(kind)
            .setObjectId(objectId)
            .setMember(member)
            .setSummary(summary(p, at))
            .build();
        return new RelationCommand(change);
    }

    static MemberSummary summary(CustomerProfile p, Instant at) {
        return MemberSummary.newBuilder()
            .setCustomerId(p.getCustomerId())
            .setRevenue(p.getCommerce().getRevenue())
            .setOrderCount(p.getCommerce().getOrderCount())
            .setLifecycleStage(p.getScores().getLifecycleStage().name())
            .setUpdatedAt(at)
            .build();
    }

    private static boolean sameSummary(CustomerProfile a, CustomerProfile b) {
        if (a == null || b == null) {
            return a == b;
        }
        return summary(a, Instant.EPOCH).equals(summary(b, Instant.EPOCH));
    }
}
