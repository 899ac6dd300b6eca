package io.c360.kafka;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.c360.config.AppConfig;
import org.apache.kafka.common.config.TopicConfig;

/**
 * The topics of one c360 deployment, named from config. Created per instance: no static state.
 *
 * <p>The identity-requests topic has one partition on purpose: identity resolution is the one step that
 * must see every identifier to link records across all partitions (see the README's architecture).
 */
public final class Topics {
    private final Map<String, TopicSpec> inputs;
    private final TopicSpec identityRequests;
    private final TopicSpec customerCommands;
    private final TopicSpec relations;
    private final TopicSpec recordCommands;
    private final TopicSpec identityControl;
    private final TopicSpec erasureRequests;
    private final TopicSpec erasureReceipts;
    private final TopicSpec profileChanged;
    private final TopicSpec customerMerged;
    private final TopicSpec deadLetter;
    private final TopicSpec audit;

    public Topics(AppConfig config) {
        int partitions = config.getInt("c360.topic.partitions");
        String prefix = config.get("c360.topic.input.prefix");
        Map<String, TopicSpec> in = new LinkedHashMap<>();
        for (String source : config.getList("c360.sources")) {
            in.put(source, TopicSpec.plain(prefix + source, partitions));
        }
        if (in.isEmpty()) {
            throw new io.c360.config.ConfigException("c360.sources must name at least one source system");
        }
        this.inputs = Collections.unmodifiableMap(in);
        this.identityRequests = TopicSpec.plain(config.get("c360.topic.identity.requests"), 1);
        this.customerCommands = TopicSpec.plain(config.get("c360.topic.customer.commands"), partitions);
        this.relations = TopicSpec.plain(config.get("c360.topic.relations"), partitions);
        this.recordCommands = TopicSpec.plain(config.get("c360.topic.record.commands"), partitions);
        this.identityControl = TopicSpec.plain(config.get("c360.topic.identity.control"), 1);
        this.erasureRequests = TopicSpec.plain(config.get("c360.topic.erasure.requests"), 1);
        // what an erasure forgot, as keyed hashes only, kept for `c360 verify-erasure`
        this.erasureReceipts = new TopicSpec(config.get("c360.topic.erasure.receipts"), 1,
            Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        // compacted, and soon: an erased customer's earlier changes (with her profile) go once her tombstone is there
        this.profileChanged = new TopicSpec(config.get("c360.topic.profile.changed"), partitions, Map.of(
            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
            TopicConfig.MAX_COMPACTION_LAG_MS_CONFIG, config.get("c360.topic.profile.changed.max.compaction.lag.ms"),
            TopicConfig.SEGMENT_MS_CONFIG, config.get("c360.topic.profile.changed.segment.ms")));
        this.customerMerged = new TopicSpec(config.get("c360.topic.customer.merged"), partitions,
            Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        // a malformed event's payload may hold personal data no erasure can find: it stays a bounded time only
        this.deadLetter = new TopicSpec(config.get("c360.topic.dead.letter"), partitions, Map.of(
            TopicConfig.RETENTION_MS_CONFIG, config.get("c360.topic.dead.letter.retention.ms"),
            TopicConfig.SEGMENT_MS_CONFIG, config.get("c360.topic.dead.letter.segment.ms")));
        this.audit = TopicSpec.plain(config.get("c360.topic.audit"), partitions);
    }

    /** Input topic per source system name (crm, ecommerce, ...). */
    public Map<String, TopicSpec> inputs() {
        return inputs;
    }

    public TopicSpec input(String source) {
        TopicSpec spec = inputs.get(source);
        if (spec == null) {
            throw new IllegalArgumentException("unknown source '" + source + "'; known: " + inputs.keySet());
        }
        return spec;
    }

    public TopicSpec identityRequests() {
        return identityRequests;
    }

    public TopicSpec customerCommands() {
        return customerCommands;
    }

    public TopicSpec recordCommands() {
        return recordCommands;
    }

    /** Splits and other decisions taken through the API, applied by the identity stage (one partition, as it). */
    public TopicSpec identityControl() {
        return identityControl;
    }

    /** Requests to erase a customer from upstream systems, read by the identity stage (one partition, as it). */
    public TopicSpec erasureRequests() {
        return erasureRequests;
    }

    /** What each erasure forgot, as keyed hashes (compacted, key: erasure id), for {@code c360 verify-erasure}. */
    public TopicSpec erasureReceipts() {
        return erasureReceipts;
    }

    /** Households and accounts: membership changes, account updates and parent-child links. */
    public TopicSpec relations() {
        return relations;
    }

    public TopicSpec profileChanged() {
        return profileChanged;
    }

    public TopicSpec customerMerged() {
        return customerMerged;
    }

    public TopicSpec deadLetter() {
        return deadLetter;
    }

    /**
     * The topics only c360's own stages read, which may be purged up to what the stages committed: the internal
     * topics, and the erasure requests, which name the person to forget (often by e-mail) and must not outlive
     * her erasure.
     */
    public List<String> consumedOnce() {
        return List.of(identityRequests.name(), identityControl.name(), recordCommands.name(), customerCommands.name(),
            relations.name(), erasureRequests.name());
    }

    /** Who read which customer's data through the API, when, and the outcome (JSON values, key: customer id). */
    public TopicSpec audit() {
        return audit;
    }

    public List<TopicSpec> all() {
        List<TopicSpec> all = new ArrayList<>(inputs.values());
        all.addAll(List.of(identityRequests, identityControl, erasureRequests, erasureReceipts, recordCommands,
            customerCommands, relations, profileChanged, customerMerged, deadLetter, audit));
        return all;
    }
}
