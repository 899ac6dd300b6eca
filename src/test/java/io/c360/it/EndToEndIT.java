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
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.c360.app.C360App;
import io.c360.avro.AccountUpdate;
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
import io.c360.testing.ServerSentEvents;
import io.c360.testing.TestAuth;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
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
    static String applicationId;
    static C360App app;
    static final SerdeFactory SERDES = new SerdeFactory();

    @BeforeAll
    static void start() {
        broker = EmbeddedKafkaBroker.start(dir.resolve("broker"));
        applicationId = "c360-e2e-" + UUID.randomUUID();
        AppConfig config = ConfigLoader.load(null, Map.of(), TestAuth.with(Map.of(
            "bootstrap.servers", broker.bootstrapServers(),
            "application.id", applicationId,
            "state.dir", dir.resolve("state").toString(),
            "c360.http.port", "0",
            "c360.internal.purge.interval.ms", "500",
            "num.stream.threads", "1")));
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
        assertEquals(200, Http.get(app.baseUrl() + "/ready").status());
        JsonNode openApi = parse(Http.get(app.baseUrl() + "/openapi.json").body());
        openApi.get("paths").fieldNames().forEachRemaining(path -> {
            if (!path.endsWith("/events") && openApi.get("paths").get(path).has("get")) {
                String url = app.baseUrl() + path.replace("{id}", customerId) + (path.equals("/search") ? "?q=ma" : "");
                Http.Response r = Http.get(url);
                assertTrue(!r.body().contains("no such endpoint"), "documented but not served: " + path);
            }
        });
        String metrics = Http.get(app.baseUrl() + "/metrics").body();
        assertTrue(metrics.contains("c360_http_requests_seconds_count{method=\"GET\",route=\"/customers/{id}\""),
            "request latency per route");
        assertTrue(metrics.contains("c360_dead_letters "), "dead-letter count");
        assertTrue(metrics.contains("kafka_consumer_fetch_manager_records_lag_max"), "consumer lag");

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

        for (String q : List.of("mari", "Rossi Maria", "maria.rossi@exa", "0039 312 345", "312 345 6789",
            customerId.substring(0, 8))) {
            JsonNode hits = parse(Http.get(app.baseUrl() + "/search?q=" + java.net.URLEncoder.encode(q,
                StandardCharsets.UTF_8)).body());
            assertTrue(iterableIds(hits.get("results")).contains(customerId), q + " -> " + hits);
        }
        assertEquals(0, parse(Http.get(app.baseUrl() + "/search?q=zzzz").body()).get("count").asInt());
        assertEquals(400, Http.get(app.baseUrl() + "/search?q=m").status());
        assertEquals(404, Http.get(app.baseUrl() + "/customers/nobody/timeline").status());

        // other tests publish on the same topic (and an erasure a tombstone): read until her full profile is there
        readUntil("c360.profile-changed", r -> SERDES.profileChanged().deserializer().deserialize("t", r),
            changes -> changes.stream().anyMatch(c -> c != null && c.getCustomerId().equals(customerId)
                && c.getProfile() != null && c.getProfile().getEventsBySource().size() == 3));
        DeadLetter letter = readAll("c360.dead-letter", 1, r ->
            SERDES.deadLetter().deserializer().deserialize("t", r)).get(0);
        assertEquals("DECODE", letter.getErrorType());
        assertEquals("c360.touchpoints.crm", letter.getSourceTopic());
    }

    @Test
    void householdsAndAccountHierarchiesAreServedWithRollUps() throws Exception {
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(2, ChronoUnit.HOURS);
        List<TouchpointEvent> events = List.of(
            account("acc-1", t, new AccountUpdate("GLOBEX", "Globex Holding", null, "energy", "US", "active")),
            account("acc-2", t, new AccountUpdate("GLOBEX-UK", "Globex UK", "GLOBEX", null, "GB", null)),
            account("acc-3", t, new AccountUpdate("GLOBEX-LDN", "Globex London", "GLOBEX-UK", null, "GB", null)),
            contact("crm-h1", t.plusSeconds(10), "hank@globex.example", "Hank", "Scorpio", "GLOBEX-LDN"),
            contact("crm-h2", t.plusSeconds(20), "mona@globex.example", "Mona", "Scorpio", "GLOBEX-UK"),
            event("shop-h1", SourceSystem.ECOMMERCE, t.plusSeconds(30))
                .setIdentifiers(ids().setEmail("hank@globex.example").build()).setPayload(order("G-1", 250.0)).build());
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (TouchpointEvent e : events) {
                producer.send(new ProducerRecord<>("c360.touchpoints." + e.getSource().name().toLowerCase(),
                    e.getEventId(), SERDES.touchpointEvent().serializer().serialize("t", e)));
            }
        }
        JsonNode top = Await.until(TIMEOUT, "the Globex hierarchy with its contacts' revenue", () -> {
            Http.Response r = Http.get(app.baseUrl() + "/accounts/GLOBEX");
            JsonNode body = r.status() == 200 ? parse(r.body()) : null;
            return body != null && body.at("/hierarchyTotals/revenue").asDouble() == 250.0
                && body.at("/hierarchyTotals/members").asInt() == 2 ? Optional.of(body) : Optional.empty();
        });
        assertEquals(3, top.at("/hierarchyTotals/accounts").asInt());
        assertEquals(0, top.at("/totals/members").asInt());
        JsonNode london = parse(Http.get(app.baseUrl() + "/accounts/GLOBEX-LDN").body());
        assertEquals("GLOBEX", london.at("/ultimateParent/accountId").asText());
        assertEquals("GLOBEX-UK", london.at("/parents/0/accountId").asText());
        assertEquals(404, Http.get(app.baseUrl() + "/accounts/INITECH").status());

        JsonNode hank = parse(Http.get(app.baseUrl() + "/customers?email=hank@globex.example").body());
        String householdId = hank.get("householdId").asText();
        JsonNode household = Await.until(TIMEOUT, "the Scorpio household", () -> {
            JsonNode body = parse(Http.get(app.baseUrl() + "/households/" + householdId).body());
            return body.path("members").size() == 2 ? Optional.of(body) : Optional.empty();
        });
        assertEquals(250.0, household.at("/totals/revenue").asDouble());
        assertEquals("Scorpio", household.get("familyName").asText());
    }

    private static TouchpointEvent account(String id, Instant at, AccountUpdate update) {
        return event(id, SourceSystem.CRM, at).setEventType("account_updated").setPayload(update).build();
    }

    private static TouchpointEvent contact(String id, Instant at, String email, String first, String last,
                                           String accountId) {
        return event(id, SourceSystem.CRM, at).setIdentifiers(ids().setEmail(email).build())
            .setPerson(io.c360.avro.PersonAttributes.newBuilder().setFirstName(first).setLastName(last)
                .setAddress(io.c360.avro.PostalAddress.newBuilder().setStreet("1 Globex Way").setPostcode("90210")
                    .setCountry("US").build()).build())
            .setPayload(new io.c360.avro.CustomerMasterUpdate(null, accountId, null)).build();
    }

    private static List<String> iterableIds(JsonNode results) {
        List<String> ids = new java.util.ArrayList<>();
        results.forEach(r -> ids.add(r.get("customerId").asText()));
        return ids;
    }

    @Test
    void aLivePageHearsEveryChangeOfItsCustomer() throws Exception {
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(30, ChronoUnit.MINUTES);
        send(event("live-1", SourceSystem.CRM, t).setIdentifiers(ids().setEmail("live@example.com").build())
            .setPerson(person("Liv", "Ely")).build());
        String customerId = Await.until(TIMEOUT, "the live customer", () -> {
            Http.Response r = Http.get(app.baseUrl() + "/customers?email=live@example.com");
            return r.status() == 200 ? Optional.of(parse(r.body()).get("customerId").asText()) : Optional.empty();
        });
        try (ServerSentEvents events = ServerSentEvents.open(app.baseUrl() + "/customers/" + customerId + "/events")) {
            events.await("ready", TIMEOUT);
            send(event("live-2", SourceSystem.ECOMMERCE, t.plusSeconds(60))
                .setIdentifiers(ids().setEmail("live@example.com").build()).setPayload(order("L-1", 12.0)).build());
            // the store can be read before the change is committed, so live-1 may still arrive first
            JsonNode change = parse(events.await("profile", data -> data.contains("\"live-2\""), TIMEOUT));
            assertEquals("live-2", change.get("causeEventId").asText());
            assertEquals(1, change.at("/profile/commerce/orderCount").asInt());
            assertTrue(change.get("changedFields").toString().contains("commerce.orderCount"));
        }
    }

    @Test
    void identityShowsTheEvidenceAndASplitMovesRecordsForGood() throws Exception {
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(40, ChronoUnit.MINUTES);
        send(event("split-crm", SourceSystem.CRM, t).setSourceRecordId("CRM-SPLIT")
            .setIdentifiers(ids().setCrmId("CRM-SPLIT").setEmail("sam@example.com").build())
            .setPerson(person("Sam", "Split")).build());
        send(event("split-pos", SourceSystem.POS, t.plusSeconds(5)).setSourceRecordId("POS-SPLIT")
            .setIdentifiers(ids().setPosCustomerId("POS-SPLIT").setEmail("sam@example.com").build())
            .setPayload(order("SP-1", 5.0)).build());
        JsonNode identity = Await.until(TIMEOUT, "one customer with both records", () -> {
            Http.Response r = Http.get(app.baseUrl() + "/customers?email=sam@example.com");
            if (r.status() != 200) {
                return Optional.empty();
            }
            String id = parse(r.body()).get("customerId").asText();
            JsonNode body = parse(Http.get(app.baseUrl() + "/customers/" + id + "/identity").body());
            return body.path("sourceRecords").size() == 2 ? Optional.of(body) : Optional.empty();
        });
        String customerId = identity.get("customerId").asText();
        assertTrue(identity.get("links").toString().contains("shared-identifier"), identity.toString());
        assertTrue(identity.get("history").size() >= 1, identity.toString());
        assertEquals(200, Http.get(app.baseUrl() + "/review").status());

        assertEquals(400, Http.post(app.baseUrl() + "/customers/" + customerId + "/split", "{\"records\":[]}").status());
        assertEquals(400, Http.post(app.baseUrl() + "/customers/" + customerId + "/split", "not json").status());
        assertEquals(400, Http.post(app.baseUrl() + "/customers/" + customerId + "/split",
            "{\"records\":[\"POS:NOT-HERE\"]}").status());
        Http.Response accepted = Http.post(app.baseUrl() + "/customers/" + customerId + "/split",
            "{\"records\":[\"POS:POS-SPLIT\"]}");
        assertEquals(202, accepted.status(), accepted.body());
        String splitOff = Await.until(TIMEOUT, "the POS record on a customer of its own", () -> {
            Http.Response r = Http.get(app.baseUrl() + "/customers?posCustomerId=POS-SPLIT");
            String id = r.status() == 200 ? parse(r.body()).get("customerId").asText() : customerId;
            return id.equals(customerId) ? Optional.empty() : Optional.of(id);
        });
        send(event("split-pos-2", SourceSystem.POS, t.plusSeconds(60)).setSourceRecordId("POS-SPLIT")
            .setIdentifiers(ids().setPosCustomerId("POS-SPLIT").setEmail("sam@example.com").build())
            .setPayload(order("SP-2", 7.0)).build());
        JsonNode pos = Await.until(TIMEOUT, "the new POS order on the split-off customer", () -> {
            JsonNode body = parse(Http.get(app.baseUrl() + "/customers/" + splitOff).body());
            return body.at("/commerce/orderCount").asInt() == 2 ? Optional.of(body) : Optional.empty();
        });
        assertEquals(splitOff, pos.get("customerId").asText(), "the split is remembered");
        assertEquals(0, parse(Http.get(app.baseUrl() + "/customers/" + customerId).body())
            .at("/commerce/orderCount").asInt());
        Await.until(TIMEOUT, "the POS record's earlier event moved to the split-off customer's timeline", () ->
            eventIds(parse(Http.get(app.baseUrl() + "/customers/" + splitOff + "/timeline").body()))
                .contains("split-pos") ? Optional.of(true) : Optional.empty());
        assertEquals(List.of("split-crm"),
            eventIds(parse(Http.get(app.baseUrl() + "/customers/" + customerId + "/timeline").body())));

        Http.Response erased = Http.delete(app.baseUrl() + "/customers/" + customerId);
        assertEquals(202, erased.status(), erased.body());
        assertEquals(List.of(customerId, splitOff), iterable(parse(erased.body()).get("customerIds")),
            "the customer split from her shares her e-mail and is erased with her");
        Await.until(TIMEOUT, "both customers forgotten", () ->
            Http.get(app.baseUrl() + "/customers/" + customerId).status() == 404
                && Http.get(app.baseUrl() + "/customers/" + splitOff).status() == 404 ? Optional.of(true)
                : Optional.empty());
    }

    @Test
    void anExportHoldsEverythingAboutThePersonAndAnErasureForgetsThem() throws Exception {
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(30, ChronoUnit.MINUTES);
        send(event("gdpr-crm", SourceSystem.CRM, t).setSourceRecordId("CRM-GDPR")
            .setIdentifiers(ids().setCrmId("CRM-GDPR").setEmail("ingrid.lindqvist@example.se")
                .setPhone("+46 70 123 45 67").build())
            .setPerson(person("Ingrid", "Lindqvist")).build());
        send(event("gdpr-web", SourceSystem.ECOMMERCE, t.plusSeconds(5))
            .setIdentifiers(ids().setEmail("ingrid.lindqvist@example.se").build())
            .setPayload(order("GD-1", 12.5)).build());
        // the two records may arrive in either order and first be two customers: wait until they are one
        JsonNode export = Await.until(TIMEOUT, "an export with both records and both events", () -> {
            Http.Response r = Http.get(app.baseUrl() + "/customers?email=ingrid.lindqvist@example.se");
            if (r.status() != 200) {
                return Optional.empty();
            }
            JsonNode body = parse(Http.get(app.baseUrl() + "/customers/" + parse(r.body()).get("customerId").asText()
                + "/export").body());
            boolean complete = body.path("timeline").size() == 2 && body.path("sourceRecords").size() == 2
                && body.at("/profile/attributes/firstName/value").isTextual();
            return complete ? Optional.of(body) : Optional.empty();
        });
        String customerId = export.get("customerId").asText();
        assertEquals("Ingrid", export.at("/profile/attributes/firstName/value").asText());
        assertEquals("CRM", export.at("/profile/attributes/firstName/lineage/source").asText(), "with lineage");
        assertTrue(export.get("links").toString().contains("shared-identifier"), export.toString());
        assertEquals(404, Http.get(app.baseUrl() + "/customers/nobody/export").status());

        assertEquals(404, Http.delete(app.baseUrl() + "/customers/nobody").status());
        Http.Response accepted = Http.delete(app.baseUrl() + "/customers/" + customerId);
        assertEquals(202, accepted.status(), accepted.body());
        assertEquals(customerId, parse(accepted.body()).get("customerId").asText());
        Await.until(TIMEOUT, "the customer forgotten", () ->
            Http.get(app.baseUrl() + "/customers/" + customerId).status() == 404 ? Optional.of(true) : Optional.empty());
        assertEquals(404, Http.get(app.baseUrl() + "/customers?email=ingrid.lindqvist@example.se").status());
        assertEquals(0, parse(Http.get(app.baseUrl() + "/search?q=lindqvist").body()).get("count").asInt());

        send(event("gdpr-replay", SourceSystem.ECOMMERCE, t.plusSeconds(10))
            .setIdentifiers(ids().setEmail("ingrid.lindqvist@example.se").build()).setPayload(order("GD-2", 3.0)).build());
        send(event("gdpr-marker", SourceSystem.CRM, t.plusSeconds(11)).setSourceRecordId("CRM-MARKER")
            .setIdentifiers(ids().setCrmId("CRM-MARKER").setEmail("marker.after.erasure@example.com").build()).build());
        Await.until(TIMEOUT, "an event published after the late one is processed", () ->
            Http.get(app.baseUrl() + "/customers?email=marker.after.erasure@example.com").status() == 200
                ? Optional.of(true) : Optional.empty());
        assertEquals(404, Http.get(app.baseUrl() + "/customers?email=ingrid.lindqvist@example.se").status(),
            "a late event from before the erasure does not bring her back");
        herDataIsNowhereInClearInTheLatestValuesOfTheChangelogsAndOutputTopics();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(new ProducerRecord<>("c360.erasure-requests", "r-purge", ("{\"requestId\":\"r-purge\","
                + "\"identifierType\":\"email\",\"identifierValue\":\"nobody.here@example.com\"}")
                .getBytes(StandardCharsets.UTF_8)));
        }
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            for (String topic : List.of("c360.internal.identity-requests", "c360.erasure-requests")) {
                TopicPartition partition = new TopicPartition(topic, 0);
                Await.until(TIMEOUT, "consumed records of " + topic + " purged", () -> {
                    long start = admin.listOffsets(Map.of(partition, OffsetSpec.earliest())).all().toCompletionStage()
                        .toCompletableFuture().join().get(partition).offset();
                    return start > 0 ? Optional.of(start) : Optional.empty();
                });
            }
        }
    }

    /**
     * No changelog or output topic holds her e-mail, phone or names in clear: not in any record of the changelogs
     * (sealed, or keyed by hashes) and of customer-merged, dead-letter and audit, and not in what compaction keeps
     * of profile-changed (her DELETED notice, then a tombstone).
     */
    private static void herDataIsNowhereInClearInTheLatestValuesOfTheChangelogsAndOutputTopics() {
        List<String> hers = List.of("ingrid", "lindqvist", "ingrid.lindqvist@example.se", "46701234567");
        Set<String> outputs = Set.of("c360.profile-changed", "c360.customer-merged", "c360.dead-letter", "c360.audit");
        List<List<String>> last = new java.util.ArrayList<>(List.of(List.of()));
        try {
            Await.until(TIMEOUT, "her data gone from the latest values", () -> {
                last.set(0, ClearTextScan.find(broker.bootstrapServers(),
                    t -> outputs.contains(t) || (t.startsWith(applicationId) && t.endsWith("-changelog")),
                    t -> !t.equals("c360.profile-changed"), hers));
                return last.get(0).isEmpty() ? Optional.of(true) : Optional.empty();
            });
        } catch (AssertionError e) {
            throw new AssertionError("her data still in clear: " + last.get(0), e);
        }
    }

    private static void send(TouchpointEvent e) {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(new ProducerRecord<>("c360.touchpoints." + e.getSource().name().toLowerCase(),
                e.getEventId(), SERDES.touchpointEvent().serializer().serialize("t", e)));
        }
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
        return readUntil(topic, decode, values -> values.size() >= atLeast);
    }

    private static <T> List<T> readUntil(String topic, java.util.function.Function<byte[], T> decode,
                                         java.util.function.Predicate<List<T>> done) {
        Properties p = new Properties();
        p.put("bootstrap.servers", broker.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<T> values = new java.util.ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer =
                 new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            return Await.until(TIMEOUT, "the expected record(s) on " + topic, () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(decode.apply(r.value())));
                return done.test(values) ? Optional.of(values) : Optional.empty();
            });
        }
    }
}
