package io.c360.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import io.c360.avro.Order;
import io.c360.avro.TouchpointEvent;
import io.c360.config.AppConfig;
import io.c360.config.StreamsProperties;
import io.c360.store.BoundedMemoryRocksDBConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * The limit exactly-once state sets on this machine: a bare Kafka Streams application that re-keys each event
 * by customer and counts events and sums order totals per customer in a persistent (RocksDB) store with a
 * changelog, emitting every update as c360 emits one profile change per event. It runs with c360's Streams
 * settings (exactly_once_v2 forced, the commit interval, threads and RocksDB budget as configured).
 *
 * <p>It reads its own input topic, which is fed a copy of c360's input records once the application is
 * RUNNING: the group join and the first rebalances are no part of the work measured, and the copy, like the
 * events c360 is timed on, is produced while the application processes. Its store starts empty at every size.
 */
public final class BaselineAggregate {
    static final String SOURCE = "baseline-touchpoints-source";
    static final String BY_CUSTOMER = "baseline-key-by-customer";
    /** Names the repartition topic too: {@code <application.id>-baseline-by-customer-repartition}. */
    static final String REPARTITION = "baseline-by-customer";
    static final String AGGREGATE = "baseline-count-and-sum";
    /** Names the changelog topic too: {@code <application.id>-baseline-customer-totals-changelog}. */
    static final String STORE = "baseline-customer-totals";
    static final String UPDATES = "baseline-updates";
    static final String SINK = "baseline-updates-sink";
    private static final Duration STARTUP = Duration.ofMinutes(2);
    private static final Duration STALL = Duration.ofMinutes(2);
    private static final Duration CLOSE = Duration.ofMinutes(1);

    private final AppConfig config;
    private final Path stateDir;
    private final String inputTopic;
    private final String outputTopic;
    private final Serde<TouchpointEvent> events;

    public BaselineAggregate(AppConfig config, Path stateDir, String inputTopic, String outputTopic,
                             Serde<TouchpointEvent> events) {
        this.config = config;
        this.stateDir = stateDir;
        this.inputTopic = inputTopic;
        this.outputTopic = outputTopic;
        this.events = events;
    }

    public static Topology build(Collection<String> inputTopics, String outputTopic, Serde<TouchpointEvent> events) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(inputTopics, Consumed.with(Serdes.ByteArray(), events).withName(SOURCE))
            .map((key, event) -> KeyValue.pair(customerKey(event), orderTotal(event)), Named.as(BY_CUSTOMER))
            .groupByKey(Grouped.with(REPARTITION, Serdes.String(), Serdes.Double()))
            .aggregate(() -> CustomerTotals.NONE, (customer, total, totals) -> totals.add(total), Named.as(AGGREGATE),
                // no cache: every event reaches the changelog and the output, as every event does in c360
                Materialized.<String, CustomerTotals>as(Stores.persistentKeyValueStore(STORE))
                    .withKeySerde(Serdes.String()).withValueSerde(CustomerTotals.serde()).withCachingDisabled())
            .toStream(Named.as(UPDATES))
            .to(outputTopic, Produced.with(Serdes.String(), CustomerTotals.serde()).withName(SINK));
        return builder.build();
    }

    /** The event's source record id, else its e-mail; null (Streams drops it) with neither: no bench event. */
    static String customerKey(TouchpointEvent event) {
        if (event.getSourceRecordId() != null) {
            return event.getSourceRecordId();
        }
        return event.getIdentifiers().getEmail();
    }

    static double orderTotal(TouchpointEvent event) {
        return event.getPayload() instanceof Order order ? order.getTotal() : 0;
    }

    /**
     * Aggregates a copy of the input records between {@code from} (inclusive) and {@code to} (exclusive) as a new
     * application {@code applicationId}; returns events/s from the start of the copy to the last update a
     * read_committed consumer sees.
     */
    public double aggregate(String applicationId, Map<TopicPartition, Long> from, Map<TopicPartition, Long> to)
        throws InterruptedException, TimeoutException {
        long total = InputOffsets.count(from, to);
        String bootstrap = config.get("bootstrap.servers");
        startAtEnd(applicationId);
        try (OutputWatcher output = new OutputWatcher(bootstrap, outputTopic)) {
            KafkaStreams streams = new KafkaStreams(build(List.of(inputTopic), outputTopic, events),
                streamsProperties(applicationId));
            try {
                streams.start();
                Benchmark.await(() -> streams.state() == KafkaStreams.State.RUNNING || stopped(streams), STARTUP,
                    "the baseline aggregation to run");
                if (stopped(streams)) {
                    throw new IllegalStateException("the baseline aggregation stopped: " + streams.state());
                }
                long started = System.nanoTime();
                PassThrough.copy(bootstrap, from, to, inputTopic);
                long finished = output.awaitWhileMoving(output.count() + total, STALL);
                return total / ((finished - started) / 1e9);
            } finally {
                streams.close(CLOSE);
            }
        }
    }

    private Properties streamsProperties(String applicationId) {
        Properties props = StreamsProperties.build(config);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // nothing queries the baseline's store, and c360's own address belongs to c360
        props.remove(StreamsConfig.APPLICATION_SERVER_CONFIG);
        // the same RocksDB budget as c360's, not a share of c360's: in one cache the two would evict and stall
        // each other (the baseline measured 400-1,400 events/s in some runs that way)
        props.put(BoundedMemoryRocksDBConfig.MEMORY_POOL, "bench-baseline");
        return props;
    }

    /** Commits the group's offsets at the end of its input topic, so the new application reads only the copy. */
    private void startAtEnd(String group) throws InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config.clientProperties(),
            new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(inputTopic).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.endOffsets(partitions).forEach((tp, end) -> offsets.put(tp, new OffsetAndMetadata(end)));
        }
        try (Admin admin = Admin.create(config.clientProperties())) {
            admin.alterConsumerGroupOffsets(group, offsets).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot set the offsets of " + group, e.getCause());
        }
    }

    private static boolean stopped(KafkaStreams streams) {
        KafkaStreams.State state = streams.state();
        return state == KafkaStreams.State.ERROR || state == KafkaStreams.State.PENDING_ERROR
            || state == KafkaStreams.State.NOT_RUNNING || state == KafkaStreams.State.PENDING_SHUTDOWN;
    }
}
