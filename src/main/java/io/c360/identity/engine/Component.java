package io.c360.identity.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.c360.avro.CustomerIdentity;
import io.c360.avro.Link;
import io.c360.avro.LinkDecision;
import io.c360.avro.RecordLinks;

/**
 * The records a change can affect: everything reachable from the changed records over links that can join
 * (match, manual, weak), together with every record of the customers met on the way, so a customer whose
 * records no longer hold together is re-clustered as a whole.
 */
final class Component {
    final Set<String> records = new TreeSet<>();
    final List<Edge> edges = new ArrayList<>();
    final Set<String> cannotLink = new HashSet<>();

    static Component around(Collection<String> seeds, IdentityState state) {
        Component component = new Component();
        Deque<String> queue = new ArrayDeque<>(seeds);
        while (!queue.isEmpty()) {
            String record = queue.pop();
            if (!component.records.add(record)) {
                continue;
            }
            RecordLinks links = state.links().get(record);
            if (links != null) {
                component.collect(record, links, queue);
            }
            String customer = state.assignments().get(record);
            CustomerIdentity identity = customer == null ? null : state.customers().get(customer);
            if (identity != null) {
                queue.addAll(identity.getRecords());
            }
        }
        return component;
    }

    private void collect(String record, RecordLinks links, Deque<String> queue) {
        for (Link link : links.getLinks()) {
            if (link.getDecision() == LinkDecision.REVIEW) {
                continue;
            }
            queue.add(link.getOther());
            if (record.compareTo(link.getOther()) < 0) {
                edges.add(new Edge(record, link.getOther(), link.getDecision(), link.getRule(), link.getScore(),
                    link.getDecidedAt()));
            }
        }
        for (String other : links.getCannotLink()) {
            cannotLink.add(RecordKeys.pair(record, other));
        }
    }
}
