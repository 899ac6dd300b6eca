package io.c360.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.c360.app.C360App;
import io.c360.avro.DeadLetter;
import io.c360.avro.Order;
import io.c360.avro.OrderLine;
import io.c360.avro.SourceSystem;
import io.c360.avro.TouchpointEvent;
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
 * Records as large as the broker accepts, on every topic c360 reads from outside: each ends as a dead letter that
 * fits (a prefix of the original, its size and SHA-256), and processing goes on. The instance's producer and
 * record limit are set below {@value #PRODUCER_LIMIT} bytes so that a valid order passes ingest but cannot be
 * written by the next hop: it too must become a dead letter instead of stopping the stream thread.
 */
class OversizedRecordsIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    /** Below the broker's default message.max.bytes (1,048,588) by the batch and record overhead. */
    private static final int LARGEST_VALUE = 1_048_376;
    private static final int PRODUCER_LIMIT = 400_000;
    private static final int PREFIX = 4_096;
    private static final SerdeFactory SERDES = new SerdeFactory();

    @TempDir
    static Path dir;
    static EmbeddedC360 c360;
    static C360App app;
    static Topics topics;

    @BeforeAll
    static void start() {
        c360 = EmbeddedC360.start(dir, Map.of("producer.max.request.size", String.valueOf(PRODUCER_LIMIT),
            "c360.record.max.bytes", String.valueOf(PRODUCER_LIMIT - 16_384),
            "c360.dead.letter.original.prefix.bytes", String.valueOf(PREFIX)));
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
    void everyOversizedRecordBecomesADeadLetterThatFitsAndLaterEventsAreProcessed() throws Exception {
        Await.until(TIMEOUT, "RUNNING", () -> app.health().state() == KafkaStreams.State.RUNNING
            ? Optional.of(true) : Optional.empty());
        Set<String> threadsBefore = app.streamThreadNames();
        Map<String, byte[]> sent = new LinkedHashMap<>();
        String orderAt;
        List<String> emails = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = Records.producer(c360.broker().bootstrapServers())) {
            for (String source : topics.inputs().keySet()) {
                String topic = topics.input(source).name();
                byte[] huge = hugeFirstName(source);
                sent.put(offset(send(producer, topic, huge)), huge);
            }
            byte[] order = avro(bigOrder());
            assertTrue(order.length > PRODUCER_LIMIT && order.length < LARGEST_VALUE, "order of " + order.length);
            orderAt = offset(send(producer, topics.input("ecommerce").name(), order));
            sent.put(orderAt, order);
            byte[] erasure = hugeErasureRequest();
            sent.put(offset(send(producer, topics.erasureRequests().name(), erasure)), erasure);
            for (String source : topics.inputs().keySet()) {
                String email = source + "-after@oversized.example.com";
                send(producer, topics.input(source).name(), avro(Events.event("after-" + source,
                    SourceSystem.valueOf(source.toUpperCase(Locale.ROOT)), now())
                    .setIdentifiers(Events.ids().setEmail(email).build()).build()));
                emails.add(email);
            }
        }

        Map<String, DeadLetter> letters = deadLetters(sent.size());
        assertEquals(sent.keySet(), letters.keySet(), "one dead letter for each oversized record");
        for (Map.Entry<String, byte[]> original : sent.entrySet()) {
            DeadLetter letter = letters.get(original.getKey());
            assertFalse(letter.getReason().isBlank(), letter::toString);
            if (letter.getErrorType().equals("ErasureRefused")) {
                // a refused erasure request names the person it concerns: by design its letter does not keep it
                assertNull(letter.getOriginalValue());
                continue;
            }
            byte[] value = original.getValue();
            assertEquals(value.length, letter.getOriginalValueSize(), original.getKey());
            assertEquals(PREFIX, letter.getOriginalValue().remaining(), "only a prefix is kept");
            assertEquals(sha256(value), letter.getOriginalValueSha256());
        }
        assertEquals("PRODUCTION", letters.get(orderAt).getErrorType(),
            "the order passed ingest and failed at the next hop");
        for (String email : emails) {
            Await.until(TIMEOUT, "the profile of " + email, () ->
                Http.get(app.baseUrl() + "/customers?email=" + email).status() == 200
                    ? Optional.of(true) : Optional.empty());
        }
        assertEquals(KafkaStreams.State.RUNNING, app.health().state());
        assertEquals(threadsBefore, app.streamThreadNames(), "no stream thread died and was replaced");
    }

    private static byte[] hugeFirstName(String source) {
        String head = "{\"eventId\":\"huge-" + source + "\",\"source\":\"" + source + "\",\"channel\":\"web\","
            + "\"eventType\":\"customer_updated\",\"eventTime\":" + now().toEpochMilli()
            + ",\"identifiers\":{\"email\":\"huge@oversized.example.com\"},\"person\":{\"firstName\":\"";
        return pad(head, "\"}}");
    }

    private static byte[] hugeErasureRequest() {
        return pad("{\"requestId\":\"r-huge\",\"requestedBy\":\"dpo\",\"identifierType\":\"email\","
            + "\"identifierValue\":\"", "@oversized.example.com\"}");
    }

    private static byte[] pad(String head, String tail) {
        int fill = LARGEST_VALUE - head.length() - tail.length();
        return (head + "E".repeat(fill) + tail).getBytes(StandardCharsets.UTF_8);
    }

    /** A valid order whose lines make it larger than the instance's producer may write. */
    private static TouchpointEvent bigOrder() {
        List<OrderLine> lines = new ArrayList<>();
        while (lines.size() * 120 < PRODUCER_LIMIT * 1.2) {
            lines.add(OrderLine.newBuilder().setSku("SKU-" + lines.size()).setName("a line of a very large order "
                + "placed to probe the limits of every hop, number " + lines.size()).setUnitPrice(1.0)
                .setQuantity(1).build());
        }
        Order order = Events.order("big-order", lines.size());
        order.setLines(lines);
        return Events.event("big-order", SourceSystem.ECOMMERCE, now())
            .setEventType("order_placed")
            .setIdentifiers(Events.ids().setEmail("big-order@oversized.example.com").build())
            .setPayload(order).build();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    private static byte[] avro(TouchpointEvent event) {
        return SERDES.touchpointEvent().serializer().serialize("t", event);
    }

    private static RecordMetadata send(KafkaProducer<String, byte[]> producer, String topic, byte[] value)
        throws Exception {
        return producer.send(new ProducerRecord<>(topic, "k", value)).get();
    }

    private static String offset(RecordMetadata sent) {
        return sent.topic() + "/" + sent.partition() + "/" + sent.offset();
    }

    private static Map<String, DeadLetter> deadLetters(int expected) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> reader = Records.reader(c360.broker().bootstrapServers(),
            topics.deadLetter().name())) {
            Records.pollUntil(reader, records, expected, TIMEOUT, "dead letters");
        }
        Map<String, DeadLetter> byOrigin = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            DeadLetter letter = SERDES.deadLetter().deserializer().deserialize("t", record.value());
            byOrigin.put(letter.getSourceTopic() + "/" + letter.getSourcePartition() + "/" + letter.getSourceOffset(),
                letter);
        }
        return byOrigin;
    }

    private static String sha256(byte[] value) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value));
    }
}
