package io.c360.topology;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.c360.avro.CustomerIdentity;
import io.c360.avro.CustomerMerged;
import io.c360.avro.CustomerProfile;
import io.c360.avro.DeadLetter;
import io.c360.avro.IdentityCommand;
import io.c360.avro.ProfileChanged;
import io.c360.avro.TouchpointEvent;
import io.c360.config.AppConfig;
import io.c360.config.ConfigLoader;
import io.c360.config.StreamsProperties;
import io.c360.kafka.SerdeFactory;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;

/** The c360 topology in a TopologyTestDriver, with its input and output topics and the profile store. */
final class TopologyFixture implements AutoCloseable {
    final SerdeFactory serdes = new SerdeFactory();
    final TopologyTestDriver driver;
    final KeyValueStore<String, CustomerProfile> profiles;
    final TestOutputTopic<String, ProfileChanged> changed;
    final TestOutputTopic<String, DeadLetter> deadLetters;
    final TestOutputTopic<String, CustomerMerged> merged;
    final AppConfig config;

    TopologyFixture(Path stateDir, Map<String, String> overrides) {
        Map<String, String> settings = new java.util.HashMap<>(Map.of(
            "application.id", "c360-topology-test", "bootstrap.servers", "unused:9092",
            "state.dir", stateDir.toString()));
        settings.putAll(overrides);
        config = new AppConfig(ConfigLoader.defaults()).with(settings);
        driver = new TopologyTestDriver(C360Topology.build(config, serdes), StreamsProperties.build(config));
        profiles = driver.getKeyValueStore(StoreNames.PROFILES);
        changed = driver.createOutputTopic("c360.profile-changed", new StringDeserializer(),
            serdes.profileChanged().deserializer());
        deadLetters = driver.createOutputTopic("c360.dead-letter", new StringDeserializer(),
            serdes.deadLetter().deserializer());
        merged = driver.createOutputTopic("c360.customer-merged", new StringDeserializer(),
            serdes.customerMerged().deserializer());
    }

    TestInputTopic<String, byte[]> input(String source) {
        return driver.createInputTopic("c360.touchpoints." + source, new StringSerializer(),
            new ByteArraySerializer());
    }

    void sendAvro(String source, TouchpointEvent e) {
        input(source).pipeInput(e.getEventId(), serdes.touchpointEvent().serializer().serialize("t", e),
            e.getEventTime());
    }

    void sendJson(String source, String json) {
        input(source).pipeInput(null, json.getBytes(StandardCharsets.UTF_8));
    }

    /** A decision on the identity-control topic, as the API publishes it (a split, an erasure). */
    void control(IdentityCommand command) {
        driver.createInputTopic(config.get("c360.topic.identity.control"), new StringSerializer(),
            serdes.avro(IdentityCommand.class).serializer()).pipeInput(command.getCommandId(), command);
    }

    /** The source record keys the identity stage holds for a customer. */
    List<String> recordsOf(String customerId) {
        KeyValueStore<String, CustomerIdentity> customers = driver.getKeyValueStore(StoreNames.IDENTITY_CUSTOMERS);
        CustomerIdentity identity = customers.get(customerId);
        return identity == null ? List.of() : List.copyOf(identity.getRecords());
    }

    List<CustomerProfile> liveProfiles() {
        List<CustomerProfile> live = new ArrayList<>();
        try (var it = profiles.all()) {
            it.forEachRemaining(kv -> {
                if (kv.value.getMergedInto() == null) {
                    live.add(kv.value);
                }
            });
        }
        return live;
    }

    @Override
    public void close() {
        driver.close();
    }
}
