package io.c360.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.c360.avro.CustomerProfile;
import io.c360.config.AppConfig;
import io.c360.config.ConfigLoader;
import io.c360.config.StreamsProperties;
import io.c360.demo.GeneratedTouchpoint;
import io.c360.demo.TouchpointGenerator;
import io.c360.kafka.SerdeFactory;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole topology gives the same customers whether its input sits on one partition or on four. The test
 * driver pipes one record at a time, so four partitions are emulated as Kafka delivers them: each event goes
 * to the partition of its key, each partition keeps its order, and the partitions interleave arbitrarily
 * (seeded). The customers — sets of source records — and what their profiles add up to must be identical.
 */
class PartitionIndependenceTest {
    private static final int PARTITIONS = 4;

    @TempDir
    Path stateDir;

    private static final String MASTER_KEY = java.util.Base64.getEncoder().encodeToString(
        "partition-independence-test-key!".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    private final SerdeFactory serdes = new SerdeFactory();

    @Test
    void oneAndFourPartitionsInAnyInterleavingGiveTheSameCustomers() {
        List<GeneratedTouchpoint> history = new TouchpointGenerator(7, 20, Instant.parse("2026-06-01T00:00:00Z"))
            .history();
        Outcome onePartition = run(history, "p1");
        for (long seed : new long[] {1, 2}) {
            assertEquals(onePartition, run(interleave(history, new Random(seed)), "p4-" + seed), "seed " + seed);
        }
        assertTrue(onePartition.customers().size() > 10, onePartition::toString);
    }

    private static List<GeneratedTouchpoint> interleave(List<GeneratedTouchpoint> events, Random random) {
        List<List<GeneratedTouchpoint>> partitions = new ArrayList<>();
        for (int p = 0; p < PARTITIONS; p++) {
            partitions.add(new ArrayList<>());
        }
        for (GeneratedTouchpoint event : events) {
            partitions.get(Math.floorMod(event.event().getEventId().hashCode(), PARTITIONS)).add(event);
        }
        List<GeneratedTouchpoint> delivered = new ArrayList<>(events.size());
        int[] next = new int[PARTITIONS];
        while (delivered.size() < events.size()) {
            int p = random.nextInt(PARTITIONS);
            if (next[p] < partitions.get(p).size()) {
                delivered.add(partitions.get(p).get(next[p]++));
            }
        }
        return delivered;
    }

    /** Customers as sets of source records, and per customer the event count its profile adds up to. */
    record Outcome(Set<Set<String>> customers, Map<Set<String>, Long> eventCounts) {
    }

    private Outcome run(List<GeneratedTouchpoint> events, String name) {
        AppConfig config = new AppConfig(ConfigLoader.defaults()).with(Map.of(
            "application.id", "c360-partitions-" + name, "bootstrap.servers", "unused:9092",
            "state.dir", stateDir.resolve(name).toString(),
            // one deployment, one master key: record keys of id-less events hold keyed hashes under it
            "c360.privacy.master.key", MASTER_KEY));
        try (TopologyTestDriver driver = new TopologyTestDriver(C360Topology.build(config, serdes),
            StreamsProperties.build(config))) {
            Map<String, org.apache.kafka.streams.TestInputTopic<String, byte[]>> inputs = new HashMap<>();
            for (GeneratedTouchpoint touchpoint : events) {
                inputs.computeIfAbsent(touchpoint.topicSource(), source -> driver.createInputTopic(
                        "c360.touchpoints." + source, new StringSerializer(), new ByteArraySerializer()))
                    .pipeInput(touchpoint.event().getEventId(),
                        serdes.touchpointEvent().serializer().serialize("t", touchpoint.event()));
            }
            Map<String, Set<String>> byCustomer = new TreeMap<>();
            KeyValueStore<String, String> assignments = driver.getKeyValueStore(StoreNames.IDENTITY_ASSIGNMENTS);
            try (KeyValueIterator<String, String> all = assignments.all()) {
                all.forEachRemaining(kv -> byCustomer.computeIfAbsent(kv.value, c -> new TreeSet<>()).add(kv.key));
            }
            KeyValueStore<String, CustomerProfile> profiles = driver.getKeyValueStore(StoreNames.PROFILES);
            Map<Set<String>, Long> counts = new HashMap<>();
            byCustomer.forEach((customer, records) -> counts.put(records, profiles.get(customer).getEventCount()));
            return new Outcome(byCustomer.values().stream().collect(Collectors.toSet()), counts);
        }
    }

}
