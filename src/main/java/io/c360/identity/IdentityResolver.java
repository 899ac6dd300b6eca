package io.c360.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.c360.avro.CustomerMerged;
import io.c360.avro.TouchpointEvent;

/**
 * Deterministic identity resolution: an event belongs to the customer its linking identifiers point to;
 * when they point to several customers, those are one person and merge into the oldest.
 */
public final class IdentityResolver {
    public static final String RULE_SHARED_IDENTIFIER = "shared-identifier";

    private final IdentityRules rules;

    public IdentityResolver(IdentityRules rules) {
        this.rules = rules;
    }

    /** Resolves a standardized event, updating the graph. Returns null when the event has no linking identifier. */
    public Resolution resolve(TouchpointEvent event, IdentityGraph graph) {
        List<IdentifierKey> keys = rules.linkingKeys(event.getIdentifiers());
        if (keys.isEmpty()) {
            return null;
        }
        Map<String, IdentifierKey> evidenceByCustomer = new LinkedHashMap<>();
        for (IdentifierKey key : keys) {
            String owner = graph.customerOf(key);
            if (owner != null) {
                evidenceByCustomer.putIfAbsent(graph.live(owner), key);
            }
        }
        boolean isNew = evidenceByCustomer.isEmpty();
        String survivor = isNew
            ? CustomerIds.newId(event.getEventTime(), keys.get(0).asString())
            : new TreeSet<>(evidenceByCustomer.keySet()).first();
        List<CustomerMerged> merges = new ArrayList<>();
        for (Map.Entry<String, IdentifierKey> entry : evidenceByCustomer.entrySet()) {
            String other = entry.getKey();
            if (!other.equals(survivor)) {
                graph.retire(other, survivor);
                merges.add(merge(other, survivor, entry.getValue(), evidenceByCustomer.get(survivor), event));
            }
        }
        for (IdentifierKey key : keys) {
            String owner = graph.customerOf(key);
            if (owner == null || !owner.equals(survivor)) {
                graph.link(key, survivor);
            }
        }
        return new Resolution(survivor, isNew, merges);
    }

    private static CustomerMerged merge(String retired, String survivor, IdentifierKey retiredEvidence,
                                        IdentifierKey survivorEvidence, TouchpointEvent event) {
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("retired." + retiredEvidence.type(), retiredEvidence.value());
        evidence.put("survivor." + survivorEvidence.type(), survivorEvidence.value());
        evidence.put("event", event.getEventId());
        return CustomerMerged.newBuilder()
            .setRetiredId(retired)
            .setSurvivorId(survivor)
            .setMergedAt(event.getEventTime())
            .setRule(RULE_SHARED_IDENTIFIER)
            .setEvidence(evidence)
            .setCauseEventId(event.getEventId())
            .build();
    }
}
