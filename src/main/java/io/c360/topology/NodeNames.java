package io.c360.topology;

/** Names of the topology's sources, processors and sinks: explicit, so they never depend on build order. */
final class NodeNames {
    static final String INPUT_SOURCE_PREFIX = "input-";
    static final String DECODE = "decode-standardize";
    static final String DEAD_LETTER_SINK = "dead-letter-sink";
    static final String INGEST_RECORD_COMMANDS_SINK = "ingest-record-commands-sink";
    static final String IDENTITY_REQUESTS_SINK = "identity-requests-sink";
    static final String IDENTITY_REQUESTS_SOURCE = "identity-requests-source";
    static final String IDENTITY_CONTROL_SOURCE = "identity-control-source";
    static final String ERASURE_REQUESTS_SOURCE = "erasure-requests-source";
    static final String DECODE_ERASURE = "decode-erasure-request";
    static final String ERASURE_DEAD_LETTER_SINK = "erasure-dead-letter-sink";
    static final String IDENTITY_DEAD_LETTER_SINK = "identity-dead-letter-sink";
    static final String RESOLVE_IDENTITY = "resolve-identity";
    static final String RECORD_COMMANDS_SINK = "record-commands-sink";
    static final String CUSTOMER_MERGED_SINK = "customer-merged-sink";
    static final String ERASURE_RECEIPTS_SINK = "erasure-receipts-sink";
    static final String RECORD_COMMANDS_SOURCE = "record-commands-source";
    static final String FOLD_RECORD = "fold-record";
    static final String CUSTOMER_COMMANDS_SINK = "customer-commands-sink";
    static final String CUSTOMER_COMMANDS_SOURCE = "customer-commands-source";
    static final String BUILD_PROFILE = "build-profile";
    static final String PROFILE_CHANGED_SINK = "profile-changed-sink";
    static final String INGEST_RELATIONS_SINK = "ingest-relations-sink";
    static final String PROFILE_RELATIONS_SINK = "profile-relations-sink";
    static final String PROFILE_CUSTOMER_COMMANDS_SINK = "profile-customer-commands-sink";
    static final String RELATIONS_LINK_SINK = "relations-link-sink";
    static final String RELATIONS_SOURCE = "relations-source";
    static final String BUILD_RELATIONS = "build-households-and-accounts";

    private NodeNames() {
    }
}
