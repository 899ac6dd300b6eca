package io.c360.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.c360.avro.Order;
import io.c360.avro.TouchpointEvent;
import io.c360.kafka.AvroSerde;
import io.c360.kafka.SerdeFactory;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineAggregateTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final List<String> INPUTS = List.of("c360.touchpoints.crm", "c360.touchpoints.ecommerce",
        "c360.touchpoints.web");
    private final AvroSerde<TouchpointEvent> serde = new SerdeFactory().touchpointEvent();

    @Test
    void countsEventsAndSumsOrderTotalsPerSourceRecordOrEmail(@TempDir Path stateDir) {
        BenchEvents events = new BenchEvents(11);
        List<TouchpointEvent> sent = new ArrayList<>(List.of(events.signUp(1, NOW)));
        for (int i = 0; i < 20; i++) {
            sent.add(events.activityOf(i % 2, NOW));
        }
        Map<String, CustomerTotals> expected = new HashMap<>();
        sent.forEach(e -> expected.merge(BaselineAggregate.customerKey(e), CustomerTotals.NONE.add(total(e)),
            (a, b) -> new CustomerTotals(a.events() + b.events(), a.orderTotal() + b.orderTotal())));
        assertEquals(3, expected.size(), "CRM-1 and the e-mails of customers 0 and 1: " + expected.keySet());

        Topology topology = BaselineAggregate.build(INPUTS, Benchmark.BASELINE_TOPIC, serde);
        try (TopologyTestDriver driver = new TopologyTestDriver(topology, properties(stateDir))) {
            Map<String, TestInputTopic<byte[], byte[]>> inputs = new HashMap<>();
            for (TouchpointEvent e : sent) {
                String topic = "c360.touchpoints." + BenchEvents.source(e);
                inputs.computeIfAbsent(topic, t -> driver.createInputTopic(t, new ByteArraySerializer(),
                    new ByteArraySerializer())).pipeInput(new byte[0], serde.serialize(e));
            }
            KeyValueStore<String, CustomerTotals> store = driver.getKeyValueStore(BaselineAggregate.STORE);
            expected.forEach((customer, totals) -> {
                assertEquals(totals.events(), store.get(customer).events(), customer);
                assertEquals(totals.orderTotal(), store.get(customer).orderTotal(), 1e-9, customer);
            });
            var updates = driver.createOutputTopic(Benchmark.BASELINE_TOPIC, new StringDeserializer(),
                CustomerTotals.serde().deserializer());
            assertEquals(sent.size(), updates.readRecordsToList().size(), "one update per event");
        }
    }

    @Test
    void everyOperatorStoreAndInternalTopicIsNamed() {
        String description = BaselineAggregate.build(INPUTS, Benchmark.BASELINE_TOPIC, serde)
            .describe().toString();
        for (String name : List.of(BaselineAggregate.SOURCE, BaselineAggregate.BY_CUSTOMER,
            BaselineAggregate.REPARTITION + "-repartition", BaselineAggregate.AGGREGATE, BaselineAggregate.STORE,
            BaselineAggregate.UPDATES, BaselineAggregate.SINK)) {
            assertTrue(description.contains(name), name + " in\n" + description);
        }
        assertTrue(!description.contains("KSTREAM-") && !description.contains("KTABLE-"), description);
    }

    @Test
    void totalsSurviveTheirSerde() {
        CustomerTotals totals = new CustomerTotals(3, 123.45);
        var serde = CustomerTotals.serde();
        assertEquals(totals, serde.deserializer().deserialize("t", serde.serializer().serialize("t", totals)));
    }

    private static double total(TouchpointEvent e) {
        return e.getPayload() instanceof Order order ? order.getTotal() : 0;
    }

    private static Properties properties(Path stateDir) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "baseline-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        return props;
    }
}
