package io.c360.it;

import static io.c360.testing.Events.event;
import static io.c360.testing.Events.ids;
import static io.c360.testing.Events.order;
import static io.c360.testing.Events.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.c360.app.C360App;
import io.c360.avro.DeadLetter;
import io.c360.avro.ProfileChanged;
import io.c360.avro.SourceSystem;
import io.c360.avro.TouchpointEvent;
import io.c360.config.AppConfig;
import io.c360.config.ConfigLoader;
import io.c360.kafka.EmbeddedKafkaBroker;
import io.c360.kafka.SerdeFactory;
import io.c360.testing.Await;
import io.c360.testing.Http;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The slice on a real KRaft broker: events from several sources in, merged profile out over HTTP and Kafka. */
class EndToEndIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @TempDir
    static Path dir;

    static EmbeddedKafkaBroker broker;
    static C360App app;
    static final SerdeFactory SERDES = new SerdeFactory();

    @BeforeAll
    static void start() {
        broker = EmbeddedKafkaBroker.start(dir.resolve("broker"));
        AppConfig config = ConfigLoader.load(null, Map.of(), Map.of(
            "bootstrap.servers", broker.bootstrapServers(),
            "application.id", "c360-e2e-" + UUID.randomUUID(),
            "state.dir", dir.resolve("state").toString(),
            "c360.http.port", "0",
            "num.stream.threads", "1"));
        app = C360App.start(config);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void eventsFromThreeSourcesBecomeOneProfileServedOverHttpAndPublishedOnProfileChanged() throws Exception {
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.HOURS);
        TouchpointEvent crm = event("crm-e2e-1", SourceSystem.CRM, t).setSourceRecordId("CRM-77")
            .setIdentifiers(ids().setCrmId("CRM-77").setEmail("Maria.Rossi@Example.org").build())
            .setPerson(person("Maria", "Rossi")).build();
        TouchpointEvent pos = event("pos-e2e-1", SourceSystem.POS, t.plusSeconds(60))
            .setIdentifiers(ids().setLoyaltyId("LOY-77").setPhone("+39 312 345 6789").build())
            .setPayload(order("S-77", 19.9)).build();
        String webJson = """
            {"eventId":"web-e2e-1","source":"web","channel":"web","eventType":"login","eventTime":"%s",
             "identifiers":{"cookieId":"ck-77","email":"maria.rossi@example.org","phone":"0039 312 345 6789"}}"""
            .formatted(t.plusSeconds(120));
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(new ProducerRecord<>("c360.touchpoints.crm", "k1",
                SERDES.touchpointEvent().serializer().serialize("t", crm)));
            producer.send(new ProducerRecord<>("c360.touchpoints.pos", "k2",
                SERDES.touchpointEvent().serializer().serialize("t", pos)));
            producer.send(new ProducerRecord<>("c360.touchpoints.web", "k3", webJson.getBytes(StandardCharsets.UTF_8)));
            producer.send(new ProducerRecord<>("c360.touchpoints.crm", "k4",
                "garbage".getBytes(StandardCharsets.UTF_8)));
        }

        JsonNode profile = Await.until(TIMEOUT, "a profile merging three sources", () -> {
            Http.Response r = Http.get(app.baseUrl() + "/customers?loyaltyId=LOY-77");
            JsonNode body = r.status() == 200 ? parse(r.body()) : null;
            return body != null && body.get("eventsBySource").size() == 3 ? Optional.of(body) : Optional.empty();
        });
        String customerId = profile.get("customerId").asText();
        assertEquals("maria.rossi@example.org", profile.at("/attributes/email/value").asText());
        assertEquals("Maria", profile.at("/attributes/firstName/value").asText());
        assertEquals(1, profile.at("/commerce/orderCount").asInt());

        assertEquals(customerId, parse(Http.get(app.baseUrl() + "/customers?email=MARIA.ROSSI@example.org").body())
            .get("customerId").asText());
        assertEquals(customerId, parse(Http.get(app.baseUrl() + "/customers?phone=%2B393123456789").body())
            .get("customerId").asText());
        for (String retired : iterable(profile.get("mergedFrom"))) {
            assertEquals(customerId, parse(Http.get(app.baseUrl() + "/customers/" + retired).body())
                .get("customerId").asText());
        }
        assertEquals(200, Http.get(app.baseUrl() + "/customers/" + customerId).status());
        assertEquals(404, Http.get(app.baseUrl() + "/customers/nobody").status());
        assertEquals(400, Http.get(app.baseUrl() + "/customers?limit=0").status());
        assertEquals(400, Http.get(app.baseUrl() + "/customers?shoeSize=9").status());
        assertTrue(parse(Http.get(app.baseUrl() + "/customers?limit=10").body()).get("count").asInt() >= 1);
        assertEquals(200, Http.get(app.baseUrl() + "/health").status());

        JsonNode timeline = parse(Http.get(app.baseUrl() + "/customers/" + customerId + "/timeline").body());
        assertEquals(List.of("web-e2e-1", "pos-e2e-1", "crm-e2e-1"), eventIds(timeline));
        assertTrue(timeline.at("/entries/1/summary").asText().startsWith("Order S-77 placed: 19.90"),
            timeline.toString());
        assertTrue(timeline.get("nextCursor").isNull());
        JsonNode first = parse(Http.get(app.baseUrl() + "/customers/" + customerId + "/timeline?limit=2").body());
        assertEquals(List.of("web-e2e-1", "pos-e2e-1"), eventIds(first));
        JsonNode rest = parse(Http.get(app.baseUrl() + "/customers/" + customerId + "/timeline?limit=2&after="
            + java.net.URLEncoder.encode(first.get("nextCursor").asText(), StandardCharsets.UTF_8)).body());
        assertEquals(List.of("crm-e2e-1"), eventIds(rest));
        assertEquals(List.of("pos-e2e-1"), eventIds(parse(Http.get(app.baseUrl() + "/customers/" + customerId
            + "/timeline?source=pos").body())));
        assertEquals(400, Http.get(app.baseUrl() + "/customers/" + customerId + "/timeline?limit=x").status());
        assertEquals(404, Http.get(app.baseUrl() + "/customers/nobody/timeline").status());

        List<ProfileChanged> changes = readAll("c360.profile-changed", 3, r ->
            SERDES.profileChanged().deserializer().deserialize("t", r));
        assertTrue(changes.stream().anyMatch(c -> c.getCustomerId().equals(customerId)
            && c.getProfile() != null && c.getProfile().getEventsBySource().size() == 3), changes::toString);
        DeadLetter letter = readAll("c360.dead-letter", 1, r ->
            SERDES.deadLetter().deserializer().deserialize("t", r)).get(0);
        assertEquals("DECODE", letter.getErrorType());
        assertEquals("c360.touchpoints.crm", letter.getSourceTopic());
    }

    private static List<String> eventIds(JsonNode timeline) {
        List<String> ids = new java.util.ArrayList<>();
        timeline.get("entries").forEach(e -> ids.add(e.get("eventId").asText()));
        return ids;
    }

    private static List<String> iterable(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }

    private static KafkaProducer<String, byte[]> producer() {
        Properties p = new Properties();
        p.put("bootstrap.servers", broker.bootstrapServers());
        p.put("acks", "all");
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    private static <T> List<T> readAll(String topic, int atLeast, java.util.function.Function<byte[], T> decode) {
        Properties p = new Properties();
        p.put("bootstrap.servers", broker.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<T> values = new java.util.ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer =
                 new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            return Await.until(TIMEOUT, atLeast + " record(s) on " + topic, () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(decode.apply(r.value())));
                return values.size() >= atLeast ? Optional.of(values) : Optional.empty();
            });
        }
    }
}
