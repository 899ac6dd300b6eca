package io.c360.topology;

import static io.c360.topology.NodeNames.*;

import io.c360.avro.Account;
import io.c360.avro.CustomerCommand;
import io.c360.avro.CustomerIdentity;
import io.c360.avro.ErasureReceipt;
import io.c360.avro.ErasureRequest;
import io.c360.avro.Household;
import io.c360.avro.IdentityCommand;
import io.c360.avro.IdentityRecord;
import io.c360.avro.IndexEntry;
import io.c360.avro.PendingRecord;
import io.c360.avro.RecordCommand;
import io.c360.avro.RecordContribution;
import io.c360.avro.RecordLinks;
import io.c360.avro.RelationCommand;
import io.c360.avro.ReviewItem;
import io.c360.config.AppConfig;
import io.c360.config.ConfigException;
import io.c360.identity.IdentityProcessor;
import io.c360.identity.IdentityRules;
import io.c360.identity.engine.EventUpdates;
import io.c360.identity.engine.IdentityEngine;
import io.c360.identity.engine.RecordKeys;
import io.c360.ingest.DeadLetterExceptionHandler;
import io.c360.ingest.DeadLetters;
import io.c360.ingest.EventDecoder;
import io.c360.ingest.IngestProcessor;
import io.c360.kafka.SerdeFactory;
import io.c360.kafka.Topics;
import io.c360.privacy.DataKeyCipher;
import io.c360.privacy.ErasureRequestProcessor;
import io.c360.privacy.KeyRing;
import io.c360.privacy.Sealing;
import io.c360.privacy.SealingSerde;
import io.c360.privacy.PrivacyKeys;
import io.c360.privacy.Pseudonyms;
import io.c360.profile.ProfileModel;
import io.c360.profile.ProfileProcessor;
import io.c360.profile.ProfileStoreNames;
import io.c360.profile.RecordProcessor;
import io.c360.profile.TimelineMoves;
import io.c360.profile.relations.RelationsProcessor;
import io.c360.standardize.TouchpointStandardizer;
import io.c360.store.StoreBuilders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * The c360 topology, a pure function of the configuration. Stages, each its own sub-topology:
 * <ol>
 * <li>decode-standardize: input topics → record-commands (key: source record); bad records → dead-letter;
 *     account updates → relations;</li>
 * <li>fold-record [record-contributions: record → customer, identity state, moves]: an event of a known record
 *     that brings identity nothing new goes straight to the record's customer (the fast path, nothing written),
 *     any other goes to identity-requests (1 partition); → customer-commands (key: customer);</li>
 * <li>resolve-identity [identity-*], reading identity-requests, identity-control (splits, erasures) and
 *     erasure-requests (decoded by decode-erasure-request; bad ones → dead-letter), all single partition →
 *     record-commands (the event with the record's customer and identity state; reassignments, erasures),
 *     customer-merged, erasure-receipts;</li>
 * <li>build-profile [profiles, customer-contributions, timeline, search-index (no changelog: rebuilt from
 *     profiles on start), pending-records] → profile-changed, relations, customer-commands (the timeline entries
 *     and contribution of a record that moved, handed over to its new customer);</li>
 * <li>build-households-and-accounts [households, accounts], reading relations → relations (parent links).</li>
 * </ol>
 */
public final class C360Topology {
    private C360Topology() {
    }

    public static Topology build(AppConfig config, SerdeFactory unlimited) {
        SerdeFactory serdes = unlimited.withMaxRecordBytes(config.getInt("c360.record.max.bytes"));
        Topics topics = new Topics(config);
        IdentityRules rules = IdentityRules.from(config);
        ProfileModel model = ProfileModel.from(config);
        KeyRing keys = new KeyRing(new DataKeyCipher(PrivacyKeys.from(config)));
        Topology topology = new Topology();
        // ingest, the record stage and the customer stage compute record keys as the identity stage does
        Pseudonyms pseudonyms = new Pseudonyms(PrivacyKeys.from(config));
        EventUpdates recordKeys = new EventUpdates(rules, RecordKeys.pseudonymous(pseudonyms));
        addIngest(topology, config, topics, serdes, rules, recordKeys);
        addErasureRequests(topology, config, topics, serdes);
        addIdentity(topology, config, topics, serdes, keys);
        addRecords(topology, recordKeys, config.getBoolean("c360.identity.fast.path"), topics, serdes, keys);
        addProfile(topology, model, recordKeys, pseudonyms, topics, serdes, keys, coalesceChanges(config));
        addRelations(topology, topics, serdes);
        return topology;
    }

    private static void addIngest(Topology t, AppConfig config, Topics topics, SerdeFactory serdes,
                                  IdentityRules rules, EventUpdates recordKeys) {
        String[] inputTopics = topics.inputs().values().stream().map(spec -> spec.name()).toArray(String[]::new);
        String source = INPUT_SOURCE_PREFIX + "touchpoints";
        t.addSource(source, new ByteArrayDeserializer(), new ByteArrayDeserializer(), inputTopics);
        int maxBytes = config.getInt("c360.ingest.max.bytes");
        String region = config.get("c360.phone.default.region");
        t.addProcessor(DECODE, () -> new IngestProcessor(new EventDecoder(serdes.knownSchemas(), maxBytes),
            new TouchpointStandardizer(region), rules, recordKeys, INGEST_RECORD_COMMANDS_SINK, INGEST_RELATIONS_SINK,
            deadLetters(config), DEAD_LETTER_SINK), source);
        t.addSink(INGEST_RECORD_COMMANDS_SINK, topics.recordCommands().name(), new StringSerializer(),
            serdes.avro(RecordCommand.class).serializer(), DECODE);
        t.addSink(DEAD_LETTER_SINK, topics.deadLetter().name(), new StringSerializer(),
            serdes.deadLetter().serializer(), DECODE);
    }

    private static void addErasureRequests(Topology t, AppConfig config, Topics topics, SerdeFactory serdes) {
        t.addSource(ERASURE_REQUESTS_SOURCE, new ByteArrayDeserializer(), new ByteArrayDeserializer(),
            topics.erasureRequests().name());
        int maxBytes = config.getInt("c360.ingest.max.bytes");
        String region = config.get("c360.phone.default.region");
        t.addProcessor(DECODE_ERASURE, () -> new ErasureRequestProcessor(serdes.avro(ErasureRequest.class).deserializer(),
            maxBytes, new TouchpointStandardizer(region), RESOLVE_IDENTITY, deadLetters(config), ERASURE_DEAD_LETTER_SINK),
            ERASURE_REQUESTS_SOURCE);
        t.addSink(ERASURE_DEAD_LETTER_SINK, topics.deadLetter().name(), new StringSerializer(),
            serdes.deadLetter().serializer(), DECODE_ERASURE);
    }

    private static void addIdentity(Topology t, AppConfig config, Topics topics, SerdeFactory serdes, KeyRing keys) {
        Pseudonyms pseudonyms = new Pseudonyms(PrivacyKeys.from(config));
        t.addSource(IDENTITY_REQUESTS_SOURCE, new StringDeserializer(), serdes.touchpointEvent().deserializer(),
            topics.identityRequests().name());
        t.addSource(IDENTITY_CONTROL_SOURCE, new StringDeserializer(), serdes.avro(IdentityCommand.class).deserializer(),
            topics.identityControl().name());
        t.<String, Object, String, Object>addProcessor(RESOLVE_IDENTITY,
            () -> new IdentityProcessor(IdentityEngine.from(config, true), StoreNames.IDENTITY_RECORDS,
                StoreNames.IDENTITY_INDEX, StoreNames.IDENTITY_LINKS, StoreNames.IDENTITY_ASSIGNMENTS,
                StoreNames.IDENTITY_CUSTOMERS, StoreNames.MERGED_INTO, StoreNames.IDENTITY_REVIEW,
                new IdentityProcessor.Erasures(StoreNames.IDENTITY_ERASED, pseudonyms,
                    new Sealing(keys, StoreNames.IDENTITY_KEYS), ERASURE_RECEIPTS_SINK, deadLetters(config),
                    IDENTITY_DEAD_LETTER_SINK),
                RECORD_COMMANDS_SINK,
                CUSTOMER_MERGED_SINK), IDENTITY_REQUESTS_SOURCE, IDENTITY_CONTROL_SOURCE, DECODE_ERASURE);
        t.addStateStore(store(StoreNames.IDENTITY_ERASED, Serdes.String()), RESOLVE_IDENTITY);
        t.addStateStore(store(StoreNames.IDENTITY_RECORDS, new SealingSerde<>(serdes.avro(IdentityRecord.class), keys)),
            RESOLVE_IDENTITY);
        t.addStateStore(StoreBuilders.dataKeys(StoreNames.IDENTITY_KEYS), RESOLVE_IDENTITY);
        t.addStateStore(store(StoreNames.IDENTITY_INDEX, serdes.avro(IndexEntry.class)), RESOLVE_IDENTITY);
        t.addStateStore(store(StoreNames.IDENTITY_LINKS, serdes.avro(RecordLinks.class)), RESOLVE_IDENTITY);
        t.addStateStore(store(StoreNames.IDENTITY_ASSIGNMENTS, Serdes.String()), RESOLVE_IDENTITY);
        t.addStateStore(store(StoreNames.IDENTITY_CUSTOMERS,
            new SealingSerde<>(serdes.avro(CustomerIdentity.class), keys)), RESOLVE_IDENTITY);
        t.addStateStore(store(StoreNames.MERGED_INTO, Serdes.String()), RESOLVE_IDENTITY);
        t.addStateStore(store(StoreNames.IDENTITY_REVIEW, new SealingSerde<>(serdes.avro(ReviewItem.class), keys)),
            RESOLVE_IDENTITY);
        t.addSink(IDENTITY_DEAD_LETTER_SINK, topics.deadLetter().name(), new StringSerializer(),
            serdes.deadLetter().serializer(), RESOLVE_IDENTITY);
        t.addSink(RECORD_COMMANDS_SINK, topics.recordCommands().name(), new StringSerializer(),
            serdes.avro(RecordCommand.class).serializer(), RESOLVE_IDENTITY);
        t.addSink(CUSTOMER_MERGED_SINK, topics.customerMerged().name(), new StringSerializer(),
            serdes.customerMerged().serializer(), RESOLVE_IDENTITY);
        t.addSink(ERASURE_RECEIPTS_SINK, topics.erasureReceipts().name(), new StringSerializer(),
            serdes.avro(ErasureReceipt.class).serializer(), RESOLVE_IDENTITY);
    }

    private static void addRecords(Topology t, EventUpdates recordKeys, boolean fastPath,
                                   Topics topics, SerdeFactory serdes, KeyRing keys) {
        t.addSource(RECORD_COMMANDS_SOURCE, new StringDeserializer(), serdes.avro(RecordCommand.class).deserializer(),
            topics.recordCommands().name());
        t.<String, RecordCommand, String, Object>addProcessor(FOLD_RECORD,
            () -> new RecordProcessor(StoreNames.RECORD_CONTRIBUTIONS, new Sealing(keys, StoreNames.RECORD_KEYS),
                CUSTOMER_COMMANDS_SINK, fastPath ? recordKeys : null, IDENTITY_REQUESTS_SINK), RECORD_COMMANDS_SOURCE);
        t.addStateStore(store(StoreNames.RECORD_CONTRIBUTIONS,
            new SealingSerde<>(serdes.avro(RecordContribution.class), keys)), FOLD_RECORD);
        t.addStateStore(StoreBuilders.dataKeys(StoreNames.RECORD_KEYS), FOLD_RECORD);
        t.addSink(CUSTOMER_COMMANDS_SINK, topics.customerCommands().name(), new StringSerializer(),
            serdes.customerCommand().serializer(), FOLD_RECORD);
        t.addSink(IDENTITY_REQUESTS_SINK, topics.identityRequests().name(), new StringSerializer(),
            serdes.touchpointEvent().serializer(), FOLD_RECORD);
    }

    private static boolean coalesceChanges(AppConfig config) {
        String emit = config.get("c360.profile.changed.emit");
        return switch (emit) {
            case "coalesced" -> true;
            case "event" -> false;
            default -> throw new ConfigException("c360.profile.changed.emit must be coalesced or event, not '" + emit + "'");
        };
    }

    private static void addProfile(Topology t, ProfileModel model, EventUpdates recordKeys, Pseudonyms pseudonyms,
                                   Topics topics, SerdeFactory serdes, KeyRing keys, boolean coalesce) {
        t.addSource(CUSTOMER_COMMANDS_SOURCE, new StringDeserializer(), serdes.customerCommand().deserializer(),
            topics.customerCommands().name());
        ProfileStoreNames stores = new ProfileStoreNames(StoreNames.PROFILES, StoreNames.CUSTOMER_CONTRIBUTIONS,
            StoreNames.TIMELINE, StoreNames.SEARCH, StoreNames.CUSTOMER_ERASED, StoreNames.PENDING_RECORDS);
        t.<String, CustomerCommand, String, Object>addProcessor(BUILD_PROFILE,
            () -> new ProfileProcessor(model, stores, new Sealing(keys, StoreNames.CUSTOMER_KEYS), pseudonyms, PROFILE_CHANGED_SINK,
                PROFILE_RELATIONS_SINK, PROFILE_CUSTOMER_COMMANDS_SINK, new TimelineMoves(recordKeys::recordKey,
                    PROFILE_CUSTOMER_COMMANDS_SINK), coalesce), CUSTOMER_COMMANDS_SOURCE);
        t.addStateStore(store(StoreNames.PROFILES, new SealingSerde<>(serdes.customerProfile(), keys)), BUILD_PROFILE);
        t.addStateStore(store(StoreNames.CUSTOMER_CONTRIBUTIONS, new SealingSerde<>(serdes.customerProfile(), keys)),
            BUILD_PROFILE);
        t.addStateStore(store(StoreNames.TIMELINE, new SealingSerde<>(serdes.touchpointEvent(), keys)), BUILD_PROFILE);
        t.addStateStore(store(StoreNames.PENDING_RECORDS, new SealingSerde<>(serdes.avro(PendingRecord.class), keys)),
            BUILD_PROFILE);
        t.addStateStore(StoreBuilders.dataKeys(StoreNames.CUSTOMER_KEYS), BUILD_PROFILE);
        t.addStateStore(StoreBuilders.unlogged(StoreNames.SEARCH, Serdes.String(), Serdes.String()), BUILD_PROFILE);
        t.addStateStore(store(StoreNames.CUSTOMER_ERASED, Serdes.String()), BUILD_PROFILE);
        t.addSink(PROFILE_CHANGED_SINK, topics.profileChanged().name(), new StringSerializer(),
            serdes.profileChanged().serializer(), BUILD_PROFILE);
        // records moving to another customer (timeline entries, then the contribution), back through the stage's own input
        t.addSink(PROFILE_CUSTOMER_COMMANDS_SINK, topics.customerCommands().name(), new StringSerializer(),
            serdes.customerCommand().serializer(), BUILD_PROFILE);
    }

    private static void addRelations(Topology t, Topics topics, SerdeFactory serdes) {
        t.addSource(RELATIONS_SOURCE, new StringDeserializer(), serdes.relationCommand().deserializer(),
            topics.relations().name());
        t.<String, RelationCommand, String, RelationCommand>addProcessor(BUILD_RELATIONS,
            () -> new RelationsProcessor(StoreNames.HOUSEHOLDS, StoreNames.ACCOUNTS, RELATIONS_LINK_SINK),
            RELATIONS_SOURCE);
        t.addStateStore(store(StoreNames.HOUSEHOLDS, serdes.avro(Household.class)), BUILD_RELATIONS);
        t.addStateStore(store(StoreNames.ACCOUNTS, serdes.avro(Account.class)), BUILD_RELATIONS);
        // one sink per stage: a sink shared by stages would fuse their sub-topologies into one
        for (String[] sinkAndParent : new String[][] {{INGEST_RELATIONS_SINK, DECODE},
            {PROFILE_RELATIONS_SINK, BUILD_PROFILE}, {RELATIONS_LINK_SINK, BUILD_RELATIONS}}) {
            t.addSink(sinkAndParent[0], topics.relations().name(), new StringSerializer(),
                serdes.relationCommand().serializer(), sinkAndParent[1]);
        }
    }

    private static DeadLetters deadLetters(AppConfig config) {
        return new DeadLetters(config.getInt(DeadLetterExceptionHandler.PREFIX_BYTES));
    }

    private static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Serde<V> values) {
        return StoreBuilders.persistentKeyValue(name, Serdes.String(), values);
    }
}
