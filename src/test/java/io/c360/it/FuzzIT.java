package io.c360.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;

import io.c360.app.C360App;
import io.c360.avro.DeadLetter;
import io.c360.avro.SourceSystem;
import io.c360.avro.TouchpointEvent;
import io.c360.kafka.EmbeddedKafkaBroker;
import io.c360.kafka.SerdeFactory;
import io.c360.kafka.Topics;
import io.c360.testing.Await;
import io.c360.testing.EmbeddedC360;
import io.c360.testing.Events;
import io.c360.testing.Http;
import io.c360.testing.Records;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Garbage into every input topic of a running instance on a real broker: random bytes, truncated and
 * unknown-schema Avro, wrong JSON types, huge strings, deeply nested JSON. Every such record must land on
 * the dead-letter topic with a reason, exactly once, and valid events sent in between must still be
 * processed by the same stream threads.
 */
class FuzzIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final long SEED = Long.getLong("c360.fuzz.seed", 20261125L);
    private static final int RANDOM_PER_TOPIC = Integer.getInteger("c360.fuzz.random", 12);
    private static final int MAX_BYTES = 600_000;

    @TempDir
    static Path dir;

    static EmbeddedC360 c360;
    static EmbeddedKafkaBroker broker;
    static C360App app;
    static Topics topics;
    static final SerdeFactory SERDES = new SerdeFactory();

    @BeforeAll
    static void start() {
        c360 = EmbeddedC360.start(dir, Map.of("c360.ingest.max.bytes", String.valueOf(MAX_BYTES)));
        broker = c360.broker();
        app = c360.app();
        topics = new Topics(app.config());
    }

    @AfterAll
    static void stop() {
        if (c360 != null) {
            c360.close();
        }
    }

    @Test
    void everyBrokenRecordIsDeadLetteredWithAReasonAndValidEventsAroundThemAreStillProcessed() throws Exception {
        Await.until(TIMEOUT, "RUNNING", () -> app.health().state() == KafkaStreams.State.RUNNING
            ? java.util.Optional.of(true) : java.util.Optional.empty());
        Set<String> threadsBefore = app.streamThreadNames();
        Random random = new Random(SEED);
        Set<String> garbageOffsets = new TreeSet<>();
        List<String> validEmails = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = Records.producer(broker.bootstrapServers())) {
            for (String source : topics.inputs().keySet()) {
                String topic = topics.input(source).name();
                validEmails.add(sendValid(producer, topic, source, "before"));
                for (byte[] value : garbage(random, source)) {
                    RecordMetadata sent = send(producer, topic, "fuzz", value);
                    garbageOffsets.add(topic + "/" + sent.partition() + "/" + sent.offset());
                }
                validEmails.add(sendValid(producer, topic, source, "after"));
            }
        }

        List<DeadLetter> letters = deadLetters(garbageOffsets.size());
        Set<String> letterOffsets = new TreeSet<>();
        for (DeadLetter letter : letters) {
            letterOffsets.add(letter.getSourceTopic() + "/" + letter.getSourcePartition() + "/"
                + letter.getSourceOffset());
            assertFalse(letter.getReason().isBlank(), letter::toString);
            assertTrue(Set.of("DECODE", "UNKNOWN_SCHEMA", "INVALID").contains(letter.getErrorType()),
                letter.getErrorType() + ": " + letter.getReason());
        }
        assertEquals(garbageOffsets, letterOffsets, "exactly the broken records, each once");
        assertEquals(garbageOffsets.size(), letters.size(), "no duplicates");
        for (String email : validEmails) {
            Await.until(TIMEOUT, "the profile of " + email, () ->
                Http.get(app.baseUrl() + "/customers?email=" + email).status() == 200
                    ? java.util.Optional.of(true) : java.util.Optional.empty());
        }
        assertEquals(KafkaStreams.State.RUNNING, app.health().state());
        assertEquals(threadsBefore, app.streamThreadNames(), "no stream thread died and was replaced");
        // the topic's offsets also count transaction markers (and any aborted attempt): the metric must not
        Await.until(TIMEOUT, "c360_dead_letters at " + letters.size(), () ->
            deadLettersMetric() == letters.size() ? java.util.Optional.of(true) : java.util.Optional.empty());
        assertTrue(Http.get(app.baseUrl() + "/health").body().contains("\"status\":\"UP\""));
        String metrics = Http.get(app.baseUrl() + "/metrics").body();
        for (String source : topics.inputs().keySet()) {
            String topic = "topic=\"" + topics.input(source).name() + "\"";
            assertTrue(metrics.lines().anyMatch(line -> line.startsWith("c360_consumer_lag{") && line.contains(topic)),
                "consumer lag per partition of " + source);
        }
        assertTrue(metrics.contains("c360_health_degraded 0.0"), "not degraded");
    }

    private static double deadLettersMetric() {
        return Http.get(app.baseUrl() + "/metrics").body().lines()
            .filter(line -> line.startsWith("c360_dead_letters "))
            .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf(' ') + 1))).findFirst().orElse(-1);
    }

    private static List<byte[]> garbage(Random random, String source) {
        List<byte[]> values = new ArrayList<>();
        for (int i = 0; i < RANDOM_PER_TOPIC; i++) {
            byte[] bytes = new byte[1 + random.nextInt(2_000)];
            random.nextBytes(bytes);
            values.add(bytes);
        }
        values.add(new byte[0]);
        values.add(null);
        byte[] avro = avro(validEvent(source, "truncated@fuzz.example.com"));
        for (int i = 0; i < 4; i++) {
            values.add(Arrays.copyOf(avro, 1 + random.nextInt(avro.length - 1)));
        }
        byte[] unknownSchema = avro.clone();
        for (int i = 2; i < 10; i++) {
            unknownSchema[i] = (byte) random.nextInt(256);
        }
        values.add(unknownSchema);
        values.addAll(utf8(FuzzJson.wrongTypes()));
        values.addAll(utf8(FuzzJson.huge(random, MAX_BYTES)));
        values.addAll(utf8(FuzzJson.deep()));
        return values;
    }

    private static String sendValid(KafkaProducer<String, byte[]> producer, String topic, String source,
                                    String when) throws ExecutionException, InterruptedException {
        String email = source + "-" + when + "@fuzz.example.com";
        send(producer, topic, "valid", avro(validEvent(source, email)));
        return email;
    }

    private static TouchpointEvent validEvent(String source, String email) {
        return Events.event(email, SourceSystem.valueOf(source.toUpperCase(java.util.Locale.ROOT)),
                Instant.now().truncatedTo(ChronoUnit.SECONDS))
            .setIdentifiers(Events.ids().setEmail(email).build()).build();
    }

    private static byte[] avro(TouchpointEvent event) {
        return SERDES.touchpointEvent().serializer().serialize("t", event);
    }

    private static List<byte[]> utf8(List<String> texts) {
        return texts.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
    }

    private static RecordMetadata send(KafkaProducer<String, byte[]> producer, String topic, String key,
                                       byte[] value) throws ExecutionException, InterruptedException {
        return producer.send(new ProducerRecord<>(topic, key, value)).get();
    }

    private static List<DeadLetter> deadLetters(int expected) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> reader = Records.reader(broker.bootstrapServers(),
                topics.deadLetter().name())) {
            Records.pollUntil(reader, records, expected, TIMEOUT, "dead letters");
            // a little longer: a duplicate would arrive right behind the originals
            Records.pollUntil(reader, records, expected, Duration.ofSeconds(1), "dead letters");
            reader.poll(Duration.ofSeconds(2)).forEach(records::add);
        }
        return records.stream().map(r -> SERDES.deadLetter().deserializer().deserialize("t", r.value())).toList();
    }
}
