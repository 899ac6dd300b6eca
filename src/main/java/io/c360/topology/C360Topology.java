package io.c360.topology;

import static io.c360.topology.NodeNames.*;

import io.c360.avro.Account;
import io.c360.avro.CustomerCommand;
import io.c360.avro.Household;
import io.c360.avro.RelationCommand;
import io.c360.avro.TouchpointEvent;
import io.c360.config.AppConfig;
import io.c360.identity.IdentityProcessor;
import io.c360.identity.IdentityResolver;
import io.c360.identity.IdentityRules;
import io.c360.ingest.EventDecoder;
import io.c360.ingest.IngestProcessor;
import io.c360.kafka.SerdeFactory;
import io.c360.kafka.Topics;
import io.c360.profile.ProfileModel;
import io.c360.profile.ProfileProcessor;
import io.c360.profile.ProfileStoreNames;
import io.c360.profile.relations.RelationsProcessor;
import io.c360.standardize.TouchpointStandardizer;
import io.c360.store.StoreBuilders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;

/**
 * The c360 topology, a pure function of the configuration. Stages, each its own sub-topology:
 * <ol>
 * <li>decode-standardize: input topics → identity-requests (1 partition); bad records → dead-letter;
 *     account updates → relations;</li>
 * <li>resolve-identity [identity-identifiers, identity-merged-into] → customer-commands, customer-merged;</li>
 * <li>build-profile [profiles, timeline, search-index], reading customer-commands and its own
 *     customer-handover (merges across partitions) → profile-changed, relations;</li>
 * <li>build-households-and-accounts [households, accounts], reading relations → relations (parent links).</li>
 * </ol>
 */
public final class C360Topology {
    private C360Topology() {
    }

    public static Topology build(AppConfig config, SerdeFactory serdes) {
        Topics topics = new Topics(config);
        IdentityRules rules = IdentityRules.from(config);
        Topology topology = new Topology();
        addIngest(topology, config, topics, serdes, rules);
        addIdentity(topology, topics, serdes, rules);
        addProfile(topology, config, topics, serdes);
        addRelations(topology, topics, serdes);
        return topology;
    }

    private static void addIngest(Topology t, AppConfig config, Topics topics, SerdeFactory serdes,
                                  IdentityRules rules) {
        String[] inputTopics = topics.inputs().values().stream().map(spec -> spec.name()).toArray(String[]::new);
        String source = INPUT_SOURCE_PREFIX + "touchpoints";
        t.addSource(source, new ByteArrayDeserializer(), new ByteArrayDeserializer(), inputTopics);
        int maxBytes = config.getInt("c360.ingest.max.bytes");
        String region = config.get("c360.phone.default.region");
        t.addProcessor(DECODE, () -> new IngestProcessor(new EventDecoder(serdes.knownSchemas(), maxBytes),
            new TouchpointStandardizer(region), rules, IDENTITY_REQUESTS_SINK, INGEST_RELATIONS_SINK, DEAD_LETTER_SINK),
            source);
        t.addSink(IDENTITY_REQUESTS_SINK, topics.identityRequests().name(), new StringSerializer(),
            serdes.touchpointEvent().serializer(), DECODE);
        t.addSink(DEAD_LETTER_SINK, topics.deadLetter().name(), new StringSerializer(),
            serdes.deadLetter().serializer(), DECODE);
    }

    private static void addIdentity(Topology t, Topics topics, SerdeFactory serdes, IdentityRules rules) {
        t.addSource(IDENTITY_REQUESTS_SOURCE, new StringDeserializer(), serdes.touchpointEvent().deserializer(),
            topics.identityRequests().name());
        t.<String, TouchpointEvent, String, Object>addProcessor(RESOLVE_IDENTITY,
            () -> new IdentityProcessor(new IdentityResolver(rules), StoreNames.IDENTIFIERS, StoreNames.MERGED_INTO,
                CUSTOMER_COMMANDS_SINK, CUSTOMER_MERGED_SINK), IDENTITY_REQUESTS_SOURCE);
        t.addStateStore(StoreBuilders.persistentKeyValue(StoreNames.IDENTIFIERS, Serdes.String(), Serdes.String()),
            RESOLVE_IDENTITY);
        t.addStateStore(StoreBuilders.persistentKeyValue(StoreNames.MERGED_INTO, Serdes.String(), Serdes.String()),
            RESOLVE_IDENTITY);
        t.addSink(CUSTOMER_COMMANDS_SINK, topics.customerCommands().name(), new StringSerializer(),
            serdes.customerCommand().serializer(), RESOLVE_IDENTITY);
        t.addSink(CUSTOMER_MERGED_SINK, topics.customerMerged().name(), new StringSerializer(),
            serdes.customerMerged().serializer(), RESOLVE_IDENTITY);
    }

    private static void addProfile(Topology t, AppConfig config, Topics topics, SerdeFactory serdes) {
        t.addSource(CUSTOMER_COMMANDS_SOURCE, new StringDeserializer(), serdes.customerCommand().deserializer(),
            topics.customerCommands().name());
        t.addSource(CUSTOMER_HANDOVER_SOURCE, new StringDeserializer(), serdes.customerCommand().deserializer(),
            topics.customerHandover().name());
        ProfileModel model = ProfileModel.from(config);
        t.<String, CustomerCommand, String, Object>addProcessor(BUILD_PROFILE,
            () -> new ProfileProcessor(model, new ProfileStoreNames(StoreNames.PROFILES, StoreNames.TIMELINE,
                StoreNames.SEARCH), PROFILE_CHANGED_SINK, CUSTOMER_HANDOVER_SINK, PROFILE_RELATIONS_SINK),
            CUSTOMER_COMMANDS_SOURCE, CUSTOMER_HANDOVER_SOURCE);
        t.addStateStore(StoreBuilders.persistentKeyValue(StoreNames.PROFILES, Serdes.String(),
            serdes.customerProfile()), BUILD_PROFILE);
        t.addStateStore(StoreBuilders.persistentKeyValue(StoreNames.TIMELINE, Serdes.String(),
            serdes.touchpointEvent()), BUILD_PROFILE);
        t.addStateStore(StoreBuilders.persistentKeyValue(StoreNames.SEARCH, Serdes.String(), Serdes.String()),
            BUILD_PROFILE);
        t.addSink(PROFILE_CHANGED_SINK, topics.profileChanged().name(), new StringSerializer(),
            serdes.profileChanged().serializer(), BUILD_PROFILE);
        t.addSink(CUSTOMER_HANDOVER_SINK, topics.customerHandover().name(), new StringSerializer(),
            serdes.customerCommand().serializer(), BUILD_PROFILE);
    }

    private static void addRelations(Topology t, Topics topics, SerdeFactory serdes) {
        t.addSource(RELATIONS_SOURCE, new StringDeserializer(), serdes.relationCommand().deserializer(),
            topics.relations().name());
        t.<String, RelationCommand, String, RelationCommand>addProcessor(BUILD_RELATIONS,
            () -> new RelationsProcessor(StoreNames.HOUSEHOLDS, StoreNames.ACCOUNTS, RELATIONS_LINK_SINK),
            RELATIONS_SOURCE);
        t.addStateStore(StoreBuilders.persistentKeyValue(StoreNames.HOUSEHOLDS, Serdes.String(),
            serdes.avro(Household.class)), BUILD_RELATIONS);
        t.addStateStore(StoreBuilders.persistentKeyValue(StoreNames.ACCOUNTS, Serdes.String(),
            serdes.avro(Account.class)), BUILD_RELATIONS);
        // one sink per stage: a sink shared by stages would fuse their sub-topologies into one
        for (String[] sinkAndParent : new String[][] {{INGEST_RELATIONS_SINK, DECODE},
            {PROFILE_RELATIONS_SINK, BUILD_PROFILE}, {RELATIONS_LINK_SINK, BUILD_RELATIONS}}) {
            t.addSink(sinkAndParent[0], topics.relations().name(), new StringSerializer(),
                serdes.relationCommand().serializer(), sinkAndParent[1]);
        }
    }
}
