package io.c360.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.c360.avro.PersonAttributes;
import io.c360.avro.PostalAddress;
import io.c360.avro.SourceSystem;
import io.c360.avro.TouchpointEvent;
import io.c360.config.ConfigLoader;
import io.c360.kafka.SerdeFactory;
import io.c360.testing.Await;
import io.c360.testing.EmbeddedC360;
import io.c360.testing.Events;
import io.c360.testing.Http;
import io.c360.testing.Records;
import io.c360.testing.TestAuth;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API's protection on a real broker, over HTTPS with a self-signed certificate made by keytool: refused
 * without or with wrong credentials and roles, masked per role (also in live updates), audited, and robust
 * against hostile requests; no secret reaches the log.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiSecurityIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final SerdeFactory SERDES = new SerdeFactory();
    private static final String KEYSTORE_PASSWORD = "keystore-pass-8d1f";
    private static final String JWT_SECRET = "jwt-secret-for-the-test-0123456789abcdef";
    private static final String ISSUER = "https://login.example.test";
    private static final PrintStream ORIGINAL_ERR = System.err;
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();

    @TempDir
    static Path dir;
    static EmbeddedC360 c360;
    static HttpClient client;
    static String base;
    static String customerId;
    static JsonNode full;

    @BeforeAll
    static void start() throws Exception {
        System.setErr(new PrintStream(new Tee(ORIGINAL_ERR, LOG), true, StandardCharsets.UTF_8));
        Path keyStore = selfSignedKeyStore(dir.resolve("c360.p12"));
        Map<String, String> tls = Map.of(
            "c360.http.tls.keystore.path", keyStore.toString(),
            "c360.http.tls.keystore.password", KEYSTORE_PASSWORD,
            "c360.auth.jwt.secret", JWT_SECRET,
            "c360.auth.jwt.issuer", ISSUER,
            "num.stream.threads", "1");
        c360 = EmbeddedC360.start(dir, tls);
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .sslContext(HttpSettings.from(ConfigLoader.load(null, Map.of(), tls), 0).forwardingTrust()).build();
        base = c360.app().baseUrl();
        publishJane();
        full = Await.until(TIMEOUT, "Jane's profile with phone, address and her order", () -> {
            Http.Response r = get("/customers?email=jane.sec@example.com", TestAuth.AGENT);
            JsonNode body = r.status() == 200 ? parse(r.body()) : null;
            return body != null && body.at("/attributes/street/value").isTextual()
                && body.at("/attributes/phone/value").isTextual() && body.at("/commerce/orderCount").asInt() == 1
                ? Optional.of(body) : Optional.empty();
        });
        customerId = full.get("customerId").asText();
    }

    @AfterAll
    static void stop() {
        System.setErr(ORIGINAL_ERR);
        if (c360 != null) {
            c360.close();
        }
    }

    @Test
    @Order(1)
    void theApiIsServedOverHttpsOnlyAndProbesStayOpen() {
        assertTrue(base.startsWith("https://"), base);
        for (String open : List.of("/health", "/ready", "/openapi.json", "/metrics", "/", "/app.js", "/js/auth.js")) {
            assertEquals(200, get(open, null).status(), open);
        }
        String plain = base.replace("https://", "http://");
        assertThrows(IllegalStateException.class, () -> {
            Http.Response r = Http.get(plain + "/health", null);
            if (r.status() != 200) {
                throw new IllegalStateException("refused: " + r.status());
            }
        }, "no plain HTTP on the HTTPS port");
    }

    @Test
    @Order(2)
    void requestsWithoutOrWithWrongCredentialsAreRefusedWith401AndABearerChallenge() {
        for (String path : List.of("/customers?limit=1", "/customers/" + customerId, "/customers/" + customerId
            + "/timeline", "/customers/" + customerId + "/identity", "/search?q=jane", "/review", "/audit?customer=x",
            "/households/HH-1", "/accounts/ACC-1", "/customers/" + customerId + "/events")) {
            for (String key : new String[] {null, "wrong-key", TestAuth.ADMIN + "x", ""}) {
                Http.Response r = get(path, key);
                assertEquals(401, r.status(), path + " with " + key);
                assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), path);
                assertTrue(key == null || key.isEmpty() || !r.body().contains(key), "the key is not echoed");
            }
        }
        Http.Response post = send(Http.request(base + "/customers/" + customerId + "/split", null)
            .POST(HttpRequest.BodyPublishers.ofString("{\"records\":[\"CRM:SEC-1\"]}")).build());
        assertEquals(401, post.status());
    }

    @Test
    @Order(3)
    void aSignedTokenOfTheConfiguredIssuerIsAcceptedAndItsRoleApplies() {
        Instant exp = Instant.now().plusSeconds(120);
        String agent = JWT.create().withIssuer(ISSUER).withSubject("dana").withClaim("role", "agent")
            .withExpiresAt(Date.from(exp)).sign(Algorithm.HMAC256(JWT_SECRET));
        assertEquals(200, get("/customers/" + customerId, agent).status());
        assertEquals(403, get("/review", agent).status());
        String forged = JWT.create().withIssuer(ISSUER).withSubject("dana").withClaim("role", "admin")
            .withExpiresAt(Date.from(exp)).sign(Algorithm.HMAC256("not-the-secret-not-the-secret-not-the"));
        assertEquals(401, get("/review", forged).status());
    }

    @Test
    @Order(4)
    void rolesWithoutThePermissionAreRefusedWith403() {
        assertEquals(403, get("/customers/" + customerId, TestAuth.AUDITOR).status(), "auditors read no profiles");
        assertEquals(403, get("/search?q=jane", TestAuth.ANALYST).status(), "analysts look nobody up by name");
        assertEquals(403, get("/customers/" + customerId + "/identity", TestAuth.MARKETER).status());
        assertEquals(403, get("/audit?customer=" + customerId, TestAuth.AGENT).status());
        Http.Response split = send(Http.request(base + "/customers/" + customerId + "/split", TestAuth.AGENT)
            .POST(HttpRequest.BodyPublishers.ofString("{\"records\":[\"CRM:SEC-1\"]}")).build());
        assertEquals(403, split.status(), "splits need admin");
        assertTrue(parse(split.body()).get("error").asText().contains("identity.split"), split.body());
        assertEquals(200, get("/review", TestAuth.ADMIN).status());
        for (String role : List.of(TestAuth.AGENT, TestAuth.MARKETER, TestAuth.ANALYST, TestAuth.AUDITOR)) {
            assertEquals(403, send(Http.request(base + "/customers/" + customerId, role).DELETE().build()).status(),
                "erasure needs admin");
        }
        assertEquals(403, get("/customers/" + customerId + "/export", TestAuth.MARKETER).status());
        assertEquals(200, get("/customers/" + customerId + "/export", TestAuth.AGENT).status());
    }

    @Test
    @Order(5)
    void theInternalEndpointsAnswerOnlyTheInstancesSharedSecret() {
        String path = "/internal/profiles/" + customerId;
        assertEquals(401, get(path, null).status());
        assertEquals(401, get(path, TestAuth.ADMIN).status(), "a client key is not the instances' secret");
        Http.Response r = send(HttpRequest.newBuilder(URI.create(base + path))
            .header("X-C360-Internal", TestAuth.INTERNAL_SECRET).build());
        assertEquals(200, r.status());
    }

    @Test
    @Order(6)
    void marketersSeeNoPhoneStreetOrBirthDateAnalystsOnlyPseudonyms() {
        List<String> contact = List.of(full.at("/attributes/phone/value").asText(),
            full.at("/attributes/street/value").asText(), full.at("/attributes/birthDate/value").asText());
        String marketer = get("/customers/" + customerId, TestAuth.MARKETER).body();
        String marketerSearch = Await.until(TIMEOUT, "Jane found by name", () -> {
            String hits = get("/search?q=jane%20sector", TestAuth.MARKETER).body();
            return hits.contains(customerId) ? Optional.of(hits) : Optional.empty();
        });
        String marketerTimeline = get("/customers/" + customerId + "/timeline", TestAuth.MARKETER).body();
        for (String value : contact) {
            assertTrue(full.toString().contains(value), value);
            assertFalse(marketer.contains(value), value + " shown to a marketer: " + marketer);
            assertFalse(marketerSearch.contains(value), value + " in a marketer's search: " + marketerSearch);
            assertFalse(marketerTimeline.contains(value), value + " in a marketer's timeline");
        }
        assertTrue(marketer.contains("jane.sec@example.com") && marketer.contains(customerId), marketer);

        JsonNode analyst = parse(get("/customers/" + customerId, TestAuth.ANALYST).body());
        String analystPage = get("/customers?limit=50", TestAuth.ANALYST).body();
        String analystTimeline = get("/customers/" + customerId + "/timeline", TestAuth.ANALYST).body();
        for (String value : Stream.concat(contact.stream(), Stream.of("Jane", "Sector", "jane.sec@example.com",
            "SEC-1", customerId)).toList()) {
            assertFalse(analyst.toString().contains(value), value + " shown to an analyst: " + analyst);
            assertFalse(analystPage.contains(value), value + " on an analyst's page");
            assertFalse(analystTimeline.contains(value), value + " in an analyst's timeline");
        }
        String pseudonym = analyst.get("customerId").asText();
        assertTrue(pseudonym.startsWith("p-"), pseudonym);
        assertTrue(analystPage.contains(pseudonym), "the same pseudonym on every answer");
        assertEquals(full.at("/commerce/orderCount").asInt(), analyst.at("/commerce/orderCount").asInt());
        assertEquals(full, parse(get("/customers/" + customerId, TestAuth.AGENT).body()), "agents see it all");
    }

    @Test
    @Order(7)
    void liveUpdatesNeedATicketForThatCustomerAndAreMaskedForTheSubscriber() throws Exception {
        assertEquals(401, get("/customers/" + customerId + "/events?ticket=forged.ticket", null).status());
        String ticket = parse(send(Http.request(base + "/customers/" + customerId + "/events/ticket",
            TestAuth.MARKETER).POST(HttpRequest.BodyPublishers.noBody()).build()).body()).get("ticket").asText();
        assertEquals(401, get("/customers/someone-else/events?ticket=" + ticket, null).status(),
            "a ticket opens its own customer only");
        Http.Response unknown = send(Http.request(base + "/customers/no-such-customer/events/ticket",
            TestAuth.MARKETER).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(404, unknown.status(), "no ticket for a customer that does not exist");
        assertTrue(parse(unknown.body()).get("error").asText().contains("no-such-customer"), unknown.body());
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        CompletableFuture<HttpResponse<Stream<String>>> stream = client.sendAsync(
            HttpRequest.newBuilder(URI.create(base + "/customers/" + customerId + "/events?ticket=" + ticket))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        stream.thenAccept(r -> r.body().forEach(lines::add));
        try {
            awaitLine(lines, l -> l.startsWith("event:") && l.contains("ready"));
            publish("crm", Events.event("sec-crm-2", SourceSystem.CRM, Instant.now().minusSeconds(30))
                .setSourceRecordId("SEC-1").setIdentifiers(Events.ids().setCrmId("SEC-1")
                    .setPhone("+1 202 555 0199").build()).build());
            String data = awaitLine(lines, l -> l.startsWith("data:") && l.contains("changedFields"));
            assertFalse(data.contains("555") || data.contains("0199"), "a marketer's live update shows no phone: "
                + data);
            assertFalse(data.contains(full.at("/attributes/street/value").asText()), data);
        } finally {
            stream.cancel(true);
        }
    }

    @Test
    @Order(8)
    void everyReadIsAuditedWithWhoWhatWhenAndOutcomeAndAuditorsCanReadIt() {
        JsonNode trail = Await.until(TIMEOUT, "the audit trail of Jane", () -> {
            Http.Response r = get("/audit?customer=" + customerId + "&limit=1000", TestAuth.AUDITOR);
            JsonNode body = r.status() == 200 ? parse(r.body()) : null;
            boolean complete = body != null && body.toString().contains("test-marketer")
                && body.toString().contains("forbidden") && body.toString().contains("GET /customers/{id}/events");
            return complete ? Optional.of(body) : Optional.empty();
        });
        JsonNode read = null;
        for (JsonNode record : trail.get("records")) {
            if ("test-marketer".equals(record.path("principal").asText())
                && "GET /customers/{id}".equals(record.path("endpoint").asText())) {
                read = record;
            }
        }
        assertTrue(read != null, trail.toString());
        assertEquals("marketer", read.get("role").asText());
        assertEquals(customerId, read.get("customerId").asText());
        assertEquals(200, read.get("status").asInt());
        assertEquals("served", read.get("outcome").asText());
        assertTrue(Instant.parse(read.get("at").asText()).isAfter(Instant.now().minus(Duration.ofMinutes(10))));
        assertTrue(trail.toString().contains("\"principal\":\"test-analyst\""), "search and page reads too");
    }

    @Test
    @Order(9)
    void hostileRequestsGet4xxAndTheStreamKeepsRunning() {
        String threads = c360.app().streamThreadNames().toString();
        String split = "/customers/" + customerId + "/split";
        Http.Response malformed = post(split, "{\"records\": [\"CRM:SEC-1\"");
        assertEquals(400, malformed.status(), malformed.body());
        assertTrue(parse(malformed.body()).get("error").asText().contains("not JSON"), malformed.body());
        assertEquals(400, post(split, "[1,2,3]").status());
        assertEquals(400, post(split, "{\"records\": [{\"$gt\": 1}]}").status());
        Http.Response oversized = post(split, "{\"records\": [\"" + "x".repeat(200_000) + "\"]}");
        assertEquals(413, oversized.status(), oversized.body());
        assertEquals(400, get("/customers/" + "c".repeat(5000), TestAuth.ADMIN).status(), "long path parameter");
        assertEquals(400, get("/search?q=" + "a".repeat(5000), TestAuth.ADMIN).status(), "long query parameter");
        assertEquals(400, get("/customers/x%00y", TestAuth.ADMIN).status(), "control character");
        assertEquals(400, get("/customers?limit=abc", TestAuth.ADMIN).status());
        assertEquals(400, get("/customers?limit=-5", TestAuth.ADMIN).status());
        assertEquals(400, get("/customers?nosuch=1", TestAuth.ADMIN).status());
        Http.Response hugeHeader = send(Http.request(base + "/customers?limit=1", TestAuth.ADMIN)
            .header("X-Filler", "y".repeat(64 * 1024)).build());
        assertEquals(431, hugeHeader.status());
        assertJsonError(hugeHeader);
        Http.Response longUri = get("/customers?q=" + "u".repeat(70_000), TestAuth.ADMIN);
        assertTrue(longUri.status() == 414 || longUri.status() == 431, longUri.status() + " " + longUri.body());
        assertJsonError(longUri);
        Http.Response hostileName = get("/customers/%3Cscript%3Ealert(1)%3C%2Fscript%3E", TestAuth.ADMIN);
        assertEquals(404, hostileName.status());
        assertTrue(hostileName.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals(200, get("/ready", null).status());
        assertEquals(200, get("/customers/" + customerId, TestAuth.ADMIN).status());
        assertEquals(threads, c360.app().streamThreadNames().toString(), "no stream thread died");
    }

    @Test
    @Order(10)
    void noSecretReachedTheLog() {
        System.err.flush();
        String log = LOG.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("c360 instance"), "the log was captured");
        for (String secret : List.of(TestAuth.ADMIN, TestAuth.AGENT, TestAuth.MARKETER, TestAuth.ANALYST,
            TestAuth.AUDITOR, TestAuth.INTERNAL_SECRET, KEYSTORE_PASSWORD, JWT_SECRET)) {
            assertFalse(log.contains(secret), "a secret in the log");
        }
    }

    private static void publishJane() {
        Instant t = Instant.now().minusSeconds(600);
        TouchpointEvent crm = Events.event("sec-crm-1", SourceSystem.CRM, t).setSourceRecordId("SEC-1")
            .setIdentifiers(Events.ids().setCrmId("SEC-1").setEmail("jane.sec@example.com")
                .setPhone("+1 202 555 0147").build())
            .setPerson(PersonAttributes.newBuilder(Events.person("Jane", "Sector")).setBirthDate("1980-03-05")
                .setAddress(PostalAddress.newBuilder().setStreet("12 Elm Street").setCity("Springfield")
                    .setPostcode("62701").setCountry("US").build()).build())
            .build();
        TouchpointEvent order = Events.event("sec-pos-1", SourceSystem.POS, t.plusSeconds(60))
            .setIdentifiers(Events.ids().setEmail("jane.sec@example.com").build())
            .setPayload(Events.order("SEC-ORDER-1", 42.0)).build();
        publish("crm", crm);
        publish("pos", order);
    }

    private static void publish(String source, TouchpointEvent event) {
        try (KafkaProducer<String, byte[]> producer = Records.producer(c360.broker().bootstrapServers())) {
            producer.send(new ProducerRecord<>("c360.touchpoints." + source, event.getEventId(),
                SERDES.touchpointEvent().serializer().serialize("t", event)));
        }
    }

    private static String awaitLine(LinkedBlockingQueue<String> lines, java.util.function.Predicate<String> match)
        throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line != null && match.test(line)) {
                return line;
            }
        }
        throw new AssertionError("no matching server-sent event line within " + TIMEOUT.toSeconds() + " s");
    }

    private static Http.Response get(String path, String key) {
        return send(Http.request(base + path, key).build());
    }

    private static Http.Response post(String path, String body) {
        return send(Http.request(base + path, TestAuth.ADMIN).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Jetty's own refusals answer in the API's error JSON too, never an HTML page. */
    private static void assertJsonError(Http.Response response) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
            response.headers().map().toString());
        assertEquals(response.status(), parse(response.body()).get("status").asInt(), response.body());
    }

    private static Http.Response send(HttpRequest request) {
        return Http.send(client, request);
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    /** keytool from this JVM: a self-signed certificate for localhost in a PKCS12 key store. */
    private static Path selfSignedKeyStore(Path file) throws IOException, InterruptedException {
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
            "-genkeypair", "-alias", "c360", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
            "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
            "-keystore", file.toString(), "-storepass", KEYSTORE_PASSWORD, "-keypass", KEYSTORE_PASSWORD)
            .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS), "keytool finished");
        assertEquals(0, keytool.exitValue(), output);
        return file;
    }

    /** Writes to two streams: the test's log still shows, and the test can read it. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public synchronized void write(int c) throws IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public synchronized void write(byte[] bytes, int off, int len) throws IOException {
            a.write(bytes, off, len);
            b.write(bytes, off, len);
        }
    }
}
