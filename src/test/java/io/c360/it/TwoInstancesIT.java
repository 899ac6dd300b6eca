package io.c360.it;

import static io.c360.testing.Events.event;
import static io.c360.testing.Events.ids;
import static io.c360.testing.Events.order;
import static io.c360.testing.Events.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.c360.app.C360App;
import io.c360.avro.SourceSystem;
import io.c360.avro.TouchpointEvent;
import io.c360.config.AppConfig;
import io.c360.config.ConfigLoader;
import io.c360.kafka.EmbeddedKafkaBroker;
import io.c360.kafka.SerdeFactory;
import io.c360.testing.Await;
import io.c360.testing.Http;
import io.c360.testing.TestAuth;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two instances in one consumer group: every profile answers the same through either of them. */
class TwoInstancesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final List<String> FIRST = List.of("Amara", "Bjorn", "Carmen", "Dmitri", "Eleni", "Farid",
        "Greta", "Haruto", "Ines", "Jonas", "Kalani", "Lorenzo", "Mei", "Nikolai", "Olga", "Pedro", "Quinn",
        "Rashid", "Sofia", "Tomasz", "Ulrike", "Viktor", "Wanjiru", "Xavier");
    private static final List<String> LAST = List.of("Okafor", "Lindqvist", "Vargas", "Petrov", "Papadopoulou",
        "Haddad", "Nilsen", "Tanaka", "Moreau", "Becker", "Kahale", "Ricci", "Chen", "Volkov", "Ivanova",
        "Alves", "Murphy", "Karimi", "Rossi", "Nowak", "Schulz", "Horvath", "Mwangi", "Dupont");
    private static final int CUSTOMERS = FIRST.size();

    @TempDir
    static Path dir;
    static EmbeddedKafkaBroker broker;
    static C360App first;
    static C360App second;

    @BeforeAll
    static void start() {
        broker = EmbeddedKafkaBroker.start(dir.resolve("broker"));
        first = C360App.start(config("a"));
        second = C360App.start(config("b"));
    }

    private static AppConfig config(String name) {
        return ConfigLoader.load(null, Map.of(), TestAuth.with(Map.of(
            "bootstrap.servers", broker.bootstrapServers(),
            "application.id", "c360-two-instances",
            "state.dir", dir.resolve("state-" + name).toString(),
            "c360.http.port", "0",
            "num.stream.threads", "1",
            "num.standby.replicas", "1")));
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {second, first, broker}) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    @Test
    void everyProfileIsServedIdenticallyThroughBothInstances() throws IOException {
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.HOURS);
        SerdeFactory serdes = new SerdeFactory();
        Properties p = new Properties();
        p.put("bootstrap.servers", broker.bootstrapServers());
        try (KafkaProducer<String, byte[]> producer =
                 new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < CUSTOMERS; i++) {
                for (TouchpointEvent e : List.of(
                    event("crm-" + i, SourceSystem.CRM, t.plusSeconds(i)).setSourceRecordId("CRM-" + i)
                        .setIdentifiers(ids().setCrmId("CRM-" + i).setEmail(email(i)).build())
                        .setPerson(person(FIRST.get(i), LAST.get(i))).build(),
                    event("pos-" + i, SourceSystem.POS, t.plusSeconds(100 + i))
                        .setIdentifiers(ids().setLoyaltyId("L2-" + i).setEmail(email(i)).build())
                        .setPayload(order("O2-" + i, 10 + i)).build())) {
                    producer.send(new ProducerRecord<>("c360.touchpoints." + e.getSource().name().toLowerCase(),
                        e.getEventId(), serdes.touchpointEvent().serializer().serialize("t", e)));
                }
            }
        }
        Map<String, String> idByEmail = Await.until(TIMEOUT, "all customers through the first instance", () -> {
            Map<String, String> ids = new HashMap<>();
            for (int i = 0; i < CUSTOMERS; i++) {
                Http.Response r = Http.get(first.baseUrl() + "/customers?email=" + email(i));
                JsonNode body = r.status() == 200 ? parse(r.body()) : null;
                if (body == null || body.at("/commerce/orderCount").asInt() != 1
                    || timelineCount(first, body.get("customerId").asText()) != 2) {
                    return Optional.empty();
                }
                ids.put(email(i), body.get("customerId").asText());
            }
            return Optional.of(ids);
        });
        assertEquals(CUSTOMERS, new HashSet<>(idByEmail.values()).size());
        Set<Integer> owners = new HashSet<>();
        for (Map.Entry<String, String> entry : idByEmail.entrySet()) {
            Http.Response viaFirst = Http.get(first.baseUrl() + "/customers/" + entry.getValue());
            Http.Response viaSecond = Http.get(second.baseUrl() + "/customers/" + entry.getValue());
            assertEquals(200, viaFirst.status(), viaFirst.body());
            assertEquals(200, viaSecond.status(), viaSecond.body());
            assertEquals(parse(viaFirst.body()), parse(viaSecond.body()), "same answer through both instances");
            Http.Response byEmail = Http.get(second.baseUrl() + "/customers?email=" + entry.getKey());
            assertEquals(entry.getValue(), parse(byEmail.body()).get("customerId").asText());
            owners.add(timelineCount(second, entry.getValue()));
        }
        assertEquals(Set.of(2), owners, "both events on every timeline");
        for (C360App app : List.of(first, second)) {
            JsonNode page = parse(Http.get(app.baseUrl() + "/customers?limit=100").body());
            assertEquals(CUSTOMERS, page.get("count").asInt(), "a page gathers every instance's profiles");
            for (int i = 0; i < CUSTOMERS; i++) {
                JsonNode search = parse(Http.get(app.baseUrl() + "/search?q=" + LAST.get(i)).body());
                assertEquals(idByEmail.get(email(i)), search.at("/results/0/customerId").asText(),
                    "search finds every customer, whichever instance indexes it");
            }
        }
        String metrics = Http.get(first.baseUrl() + "/metrics").body() + Http.get(second.baseUrl() + "/metrics").body();
        assertTrue(metrics.contains("route=\"/internal/profiles/{id}\""),
            "at least one profile was forwarded to the instance that owns it");
    }

    private static int timelineCount(C360App app, String customerId) {
        return parse(Http.get(app.baseUrl() + "/customers/" + customerId + "/timeline").body()).get("count").asInt();
    }

    private static String email(int i) {
        return FIRST.get(i).toLowerCase() + "." + LAST.get(i).toLowerCase() + "@example.com";
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }
}
