package io.c360.topology;

import static io.c360.topology.NodeNames.*;

import io.c360.avro.CustomerCommand;
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
import io.c360.standardize.TouchpointStandardizer;
import io.c360.store.StoreBuilders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;

/**
 * The c360 topology, a pure function of the configuration:
 * <pre>
 * c360.touchpoints.* ──decode-standardize──▶ identity-requests (1 partition) ──resolve-identity──▶ customer-commands
 *        │ (undecodable / invalid)                          [identity-identifiers, identity-merged-into]      │
 *        ▼                                                          │ customer-merged                            ▼
 *   dead-letter                                                     ▼                       build-profile [profiles] ──▶ profile-changed
 *                                                                                                 ▲      │
 *                                                                                                 └──────┘ customer-handover (merges)
 * </pre>
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
            new TouchpointStandardizer(region), rules, IDENTITY_REQUESTS_SINK, DEAD_LETTER_SINK), source);
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
            () -> new ProfileProcessor(model, StoreNames.PROFILES, StoreNames.TIMELINE, PROFILE_CHANGED_SINK,
                CUSTOMER_HANDOVER_SINK),
            CUSTOMER_COMMANDS_SOURCE, CUSTOMER_HANDOVER_SOURCE);
        t.addStateStore(StoreBuilders.persistentKeyValue(StoreNames.PROFILES, Serdes.String(),
            serdes.customerProfile()), BUILD_PROFILE);
        t.addStateStore(StoreBuilders.persistentKeyValue(StoreNames.TIMELINE, Serdes.String(),
            serdes.touchpointEvent()), BUILD_PROFILE);
        t.addSink(PROFILE_CHANGED_SINK, topics.profileChanged().name(), new StringSerializer(),
            serdes.profileChanged().serializer(), BUILD_PROFILE);
        t.addSink(CUSTOMER_HANDOVER_SINK, topics.customerHandover().name(), new StringSerializer(),
            serdes.customerCommand().serializer(), BUILD_PROFILE);
    }
}
