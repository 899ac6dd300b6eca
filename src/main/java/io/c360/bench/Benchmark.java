package io.c360.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.concurrent.locks.LockSupport;

import io.c360.app.C360App;
import io.c360.avro.TouchpointEvent;
import io.c360.config.AppConfig;
import io.c360.kafka.EmbeddedKafkaBroker;
import io.c360.kafka.SerdeFactory;
import io.c360.kafka.TopicCreator;
import io.c360.kafka.TopicSpec;
import io.c360.kafka.Topics;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One benchmark session: an embedded broker, one c360 instance and the load, in this JVM. The customer base
 * grows size by size ({@link #measure}); at each size the same fresh batch of events is processed by c360,
 * by the plain {@link PassThrough} copy and by the bare exactly-once {@link BaselineAggregate}, then c360 runs
 * at half its measured rate for the latency.
 */
public final class Benchmark implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Benchmark.class);
    /** Where the raw broker pass-through writes its copy. */
    public static final String PASS_THROUGH_TOPIC = "c360.bench.pass-through";
    /** Where the baseline aggregation writes its updates. */
    public static final String BASELINE_TOPIC = "c360.bench.baseline-aggregate";
    public static final String BASELINE_INPUT_TOPIC = "c360.bench.baseline-input";
    /** How long the output may stand still before a run is given up. */
    private static final Duration STALL = Duration.ofMinutes(2);

    private final EmbeddedKafkaBroker broker;
    private final C360App app;
    private final Topics topics;
    private final EventPublisher publisher;
    private final OutputWatcher output;
    private final BenchEvents events;
    private final BaselineAggregate baseline;
    private int customers;

    private Benchmark(EmbeddedKafkaBroker broker, C360App app, Topics topics, EventPublisher publisher,
                      OutputWatcher output, BenchEvents events, BaselineAggregate baseline) {
        this.broker = broker;
        this.app = app;
        this.topics = topics;
        this.publisher = publisher;
        this.output = output;
        this.events = events;
        this.baseline = baseline;
    }

    /** The measurements at one customer-base size. */
    public record Result(int customers, double signUpRate, double pipelineRate, double passThroughRate,
                         double baselineRate, CpuClock.PerEvent cpuPerEvent, double newRecordShare,
                         Map<String, Double> appendsPerTopic, double latencyRate, Percentiles latency,
                         long residentBytes, long heapUsedBytes) {
        public double ratio() {
            return pipelineRate / passThroughRate;
        }

        /** c360 against the bare exactly-once aggregation of the same events. */
        public double baselineRatio() {
            return pipelineRate / baselineRate;
        }

        /** Records c360 made the broker append per event of the throughput batch, all topics together. */
        public double appendsPerEvent() {
            return appendsPerTopic.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    /** Starts broker and c360 in {@code dir}; {@code base} supplies every setting the bench does not force. */
    public static Benchmark start(Path dir, AppConfig base, long seed) throws InterruptedException, TimeoutException {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("broker"));
        AppConfig config = base.with(BenchAuth.generate().settings()).with(Map.of(
            "bootstrap.servers", broker.bootstrapServers(),
            "application.id", "c360-bench",
            "state.dir", dir.resolve("state").toString(),
            "c360.http.port", "0",
            "c360.topic.replication.factor", "1"));
        Topics topics = new Topics(config);
        List<TopicSpec> all = new ArrayList<>(topics.all());
        all.add(TopicSpec.plain(PASS_THROUGH_TOPIC, config.getInt("c360.topic.partitions")));
        all.add(TopicSpec.plain(BASELINE_TOPIC, config.getInt("c360.topic.partitions")));
        all.add(TopicSpec.plain(BASELINE_INPUT_TOPIC, config.getInt("c360.topic.partitions")));
        TopicCreator.createMissing(config.kafkaProperties(), all, (short) 1);
        C360App app = C360App.start(config);
        await(app.health()::ready, Duration.ofMinutes(2), "c360 to reach RUNNING");
        SerdeFactory serdes = new SerdeFactory();
        return new Benchmark(broker, app, topics,
            new EventPublisher(broker.bootstrapServers(), topics, serdes.touchpointEvent()),
            new OutputWatcher(broker.bootstrapServers(), topics.profileChanged().name(), new CoveredEvents()),
            new BenchEvents(seed),
            new BaselineAggregate(config, dir.resolve("baseline"), BASELINE_INPUT_TOPIC, BASELINE_TOPIC,
                serdes.touchpointEvent()));
    }

    /** Grows the customer base to {@code size}, then measures throughput and latency at that size. */
    public Result measure(int size, int batch, Duration latencyDuration) throws InterruptedException, TimeoutException {
        LOG.info("bench: growing the customer base to {}", size);
        double signUpRate = growTo(size);
        LOG.info("bench: {} customers, c360 throughput batch of {} events", size, batch);
        Map<TopicPartition, Long> before = inputEndOffsets();
        Map<String, Long> appendedBefore = appended();
        long newRecordsBefore = events.firstEventsOfRecords();
        CpuClock cpuBefore = CpuClock.now();
        double pipelineRate = timed(batch, () -> {
            for (int i = 0; i < batch; i++) {
                publisher.publish(events.activity(customers, Instant.now()));
            }
        });
        CpuClock.PerEvent cpuPerEvent = CpuClock.now().perEventSince(cpuBefore, batch);
        double newRecordShare = (events.firstEventsOfRecords() - newRecordsBefore) / (double) batch;
        Map<String, Double> appendsPerTopic = perEvent(appendedBefore, appended(), batch);
        Map<TopicPartition, Long> after = inputEndOffsets();
        LOG.info("bench: {} customers, pass-through copy", size);
        double passThroughRate = PassThrough.copy(broker.bootstrapServers(), before, after, PASS_THROUGH_TOPIC);
        LOG.info("bench: {} customers, baseline exactly-once aggregation", size);
        // every event so far, sign-ups included: a batch of a few thousand is over before a rate settles
        Map<TopicPartition, Long> beginning = new HashMap<>();
        after.keySet().forEach(tp -> beginning.put(tp, 0L));
        double baselineRate = baseline.aggregate("c360-bench-baseline-" + size, beginning, after);
        double latencyRate = pipelineRate / 2;
        LOG.info("bench: {} customers, latency at {} events/s", size, Math.round(latencyRate));
        Percentiles latency = Percentiles.of(paced(latencyRate, latencyDuration));
        Runtime rt = Runtime.getRuntime();
        return new Result(size, signUpRate, pipelineRate, passThroughRate, baselineRate, cpuPerEvent, newRecordShare,
            appendsPerTopic, latencyRate, latency, ResidentMemory.bytes(), rt.totalMemory() - rt.freeMemory());
    }

    private static Map<String, Double> perEvent(Map<String, Long> before, Map<String, Long> after, int batch) {
        Map<String, Double> perTopic = new TreeMap<>();
        after.forEach((topic, end) -> {
            long appended = end - before.getOrDefault(topic, 0L);
            if (appended > 0) {
                perTopic.put(topic, appended / (double) batch);
            }
        });
        return perTopic;
    }

    private double growTo(int size) throws InterruptedException, TimeoutException {
        int from = customers;
        if (size <= from) {
            return Double.NaN;
        }
        // The sign-up mix: every event is the first of its source record, so identity resolution and fuzzy
        // matching run for each. The customers' shop and web records follow once their CRM records are in, so
        // a shop record never founds a customer its CRM record would merge into.
        long started = System.nanoTime();
        timed(size - from, () -> {
            for (int c = from; c < size; c++) {
                publisher.publish(events.signUp(c, Instant.now()));
            }
        });
        timed(2L * (size - from), () -> {
            for (int c = from; c < size; c++) {
                events.firstActivities(c, Instant.now()).forEach(publisher::publish);
            }
        });
        double rate = 3L * (size - from) / ((System.nanoTime() - started) / 1e9);
        customers = size;
        return rate;
    }

    /** Publishes {@code count} events and returns the events/s from the first send to the last output. */
    private double timed(long count, Runnable publish) throws InterruptedException, TimeoutException {
        long target = output.count() + count;
        long started = System.nanoTime();
        publish.run();
        publisher.flush();
        long finished = output.awaitWhileMoving(target, STALL);
        return count / ((finished - started) / 1e9);
    }

    /** Sends at {@code rate} events/s for {@code duration} and returns each event's latency in ms. */
    private long[] paced(double rate, Duration duration) throws InterruptedException, TimeoutException {
        long target = output.count();
        output.openLatencyWindow(System.currentTimeMillis());
        long started = System.nanoTime();
        long end = started + duration.toNanos();
        long sent = 0;
        for (long now = started; now < end; now = System.nanoTime()) {
            long due = (long) ((now - started) / 1e9 * rate);
            for (; sent < due; sent++) {
                TouchpointEvent event = events.activity(customers, Instant.now());
                output.sent(event.getEventId(), event.getEventTime().toEpochMilli());
                publisher.publish(event);
            }
            LockSupport.parkNanos(1_000_000);
        }
        publisher.flush();
        output.awaitWhileMoving(target + sent, STALL);
        return output.closeLatencyWindow();
    }

    /** Records appended by c360 (all topics but the inputs and the pass-through copy), markers included. */
    private Map<String, Long> appended() {
        Set<String> excluded = new HashSet<>();
        topics.inputs().values().forEach(spec -> excluded.add(spec.name()));
        excluded.add(PASS_THROUGH_TOPIC);
        return InputOffsets.appendedExcept(broker.bootstrapServers(), excluded);
    }

    private Map<TopicPartition, Long> inputEndOffsets() {
        return InputOffsets.end(broker.bootstrapServers(), topics);
    }

    /** Waits until {@code done} holds, checking every 50 ms. */
    static void await(BooleanSupplier done, Duration timeout, String what) throws TimeoutException,
        InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("waited " + timeout + " for " + what);
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() throws InterruptedException {
        output.close();
        publisher.close();
        app.close();
        broker.close();
    }
}
