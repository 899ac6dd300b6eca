package io.c360.cli;

import static io.c360.testing.Events.event;
import static io.c360.testing.Events.ids;
import static io.c360.testing.Events.order;
import static io.c360.testing.Events.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.c360.avro.SourceSystem;
import io.c360.avro.TouchpointEvent;
import io.c360.config.AppConfig;
import io.c360.kafka.SerdeFactory;
import io.c360.privacy.verify.ErasureVerifier;
import io.c360.privacy.verify.Exposure;
import io.c360.privacy.verify.SourceReport;
import io.c360.privacy.verify.VerificationReport;
import io.c360.testing.Await;
import io.c360.testing.EmbeddedC360;
import io.c360.testing.Http;
import io.c360.testing.TestAuth;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * verify-erasure on a real broker: a person from two sources is erased over HTTP, and the command proves that no
 * readable copy of her remains in c360's topics and local stores; a copy planted in clear makes it fail.
 */
class VerifyErasureIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final String EMAIL = "ingrid.lindqvist@example.se";

    @TempDir
    Path dir;

    @Test
    void anErasedPersonLeavesNothingReadableAndAPlantedCopyIsFound() throws Exception {
        try (EmbeddedC360 c360 = EmbeddedC360.start(dir, Map.of("c360.internal.purge.interval.ms", "500",
            "num.stream.threads", "1"))) {
            AppConfig config = c360.app().config();
            String customerId = ingestAndErase(c360);
            String app = config.get("application.id");
            List<String> options = List.of("--customer", customerId, "--timeout", "PT30S",
                "-D", "bootstrap.servers=" + c360.broker().bootstrapServers(), "-D", "application.id=" + app,
                "-D", "c360.privacy.master.key=" + TestAuth.MASTER_KEY, "--state-dir", dir.resolve("state").toString());

            // the internal topics carry her events in clear until the purger deletes what the stages committed
            java.util.concurrent.atomic.AtomicReference<List<String>> last = new java.util.concurrent.atomic
                .AtomicReference<>(List.of());
            VerificationReport report;
            try {
                report = Await.until(TIMEOUT, "nothing of hers readable", () -> {
                    VerificationReport r = new ErasureVerifier(config, Duration.ofSeconds(30)).verify(customerId,
                        null, dir.resolve("state"));
                    last.set(readable(r));
                    return last.get().isEmpty() ? Optional.of(r) : Optional.empty();
                });
            } catch (AssertionError e) {
                throw new AssertionError("still readable: " + last.get(), e);
            }
            Run clean = run(options);
            System.out.println("verify-erasure after the erasure:\n" + clean.out);
            assertEquals(0, report.readable(), clean.out);
            assertEquals(0, clean.exit, clean.out + clean.err);
            assertTrue(clean.out.contains("VERIFIED"), clean.out);
            assertTrue(report.total(Exposure.SHREDDED) > 0, "her sealed copies are shredded: " + clean.out);
            // what RocksDB has flushed to disk: Kafka Streams writes without a WAL, so recent entries may be in memory only
            assertTrue(report.sources().stream().filter(s -> s.kind() == SourceReport.Kind.LOCAL_STORE).count() > 5,
                () -> "the local stores were opened too: " + listing(dir));
            assertTrue(report.sources().stream().anyMatch(s -> s.kind() == SourceReport.Kind.UPSTREAM_TOPIC
                && s.hasFindings()), "her events stay on the source topics, reported apart");
            assertTrue(clean.out.contains("upstream source topics, not c360's to erase"), clean.out);
            assertFalse(clean.out.toLowerCase().contains("lindqvist") || clean.out.contains(EMAIL),
                "the report shows hashes, never her values");

            String planted = app + "-leak-test-changelog";
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", c360.broker().bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(planted, 1, (short) 1))).all().get();
            }
            try (KafkaProducer<String, byte[]> producer = producer(c360)) {
                producer.send(new ProducerRecord<>(planted, "k", ("{\"contact\":\"" + EMAIL + "\"}")
                    .getBytes(StandardCharsets.UTF_8))).get();
            }
            Run leak = run(options);
            assertEquals(1, leak.exit, leak.out + leak.err);
            assertTrue(leak.out.contains(planted + "-0@0: email#"), leak.out);
            assertTrue(leak.out.contains("NOT ERASED"), leak.out);

            // she comes back: an order after the erasure starts her afresh, which the check does not count
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", c360.broker().bootstrapServers()))) {
                admin.deleteTopics(List.of(planted)).all().get();
            }
            Instant later = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            try (KafkaProducer<String, byte[]> producer = producer(c360)) {
                TouchpointEvent back = event("v-back", SourceSystem.ECOMMERCE, later)
                    .setIdentifiers(ids().setEmail(EMAIL).build()).setPerson(person("Ingrid", "Lindqvist"))
                    .setPayload(order("V-2", 30.0)).build();
                producer.send(new ProducerRecord<>("c360.touchpoints.ecommerce", back.getEventId(),
                    new SerdeFactory().touchpointEvent().serializer().serialize("t", back))).get();
            }
            Await.until(TIMEOUT, "her new customer", () -> Http.get(c360.app().baseUrl() + "/customers?email=" + EMAIL)
                .status() == 200 ? Optional.of(true) : Optional.empty());
            VerificationReport afresh = Await.until(TIMEOUT, "her new data seen as after the erasure", () -> {
                VerificationReport r = new ErasureVerifier(config, Duration.ofSeconds(30)).verify(customerId, null,
                    null);
                return r.total(Exposure.AFTER_ERASURE) > 0 && r.readable() == 0 ? Optional.of(r) : Optional.empty();
            });
            assertTrue(afresh.total(Exposure.SHREDDED) > 0, "her erased copies stay shredded");

            Run unknown = run(List.of("--customer", "c-never-erased", "-D", "bootstrap.servers="
                + c360.broker().bootstrapServers(), "-D", "application.id=" + app, "-D",
                "c360.privacy.master.key=" + TestAuth.MASTER_KEY));
            assertEquals(2, unknown.exit);
            assertTrue(unknown.err.startsWith("c360 verify-erasure: no erasure receipt"), unknown.err);
            assertEquals(1, unknown.err.strip().lines().count(), unknown.err);
        }
    }

    private static String listing(Path dir) {
        try (var paths = java.nio.file.Files.walk(dir.resolve("state"), 5)) {
            return paths.map(Path::toString).toList().toString();
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private static List<String> readable(VerificationReport report) {
        List<String> found = new ArrayList<>();
        report.sources().stream().filter(s -> s.kind() != SourceReport.Kind.UPSTREAM_TOPIC)
            .forEach(s -> s.findings().stream().filter(f -> f.exposure() == Exposure.READABLE)
                .forEach(f -> found.add(f.location() + " " + f.hits())));
        return found;
    }

    private static String ingestAndErase(EmbeddedC360 c360) throws Exception {
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(30, ChronoUnit.MINUTES);
        SerdeFactory serdes = new SerdeFactory();
        List<TouchpointEvent> events = List.of(
            event("v-crm", SourceSystem.CRM, t).setSourceRecordId("CRM-VERIFY")
                .setIdentifiers(ids().setCrmId("CRM-VERIFY").setEmail(EMAIL).setPhone("+46 70 123 45 67").build())
                .setPerson(person("Ingrid", "Lindqvist")).build(),
            // no source record id: the record is keyed by its strongest identifier
            event("v-web", SourceSystem.ECOMMERCE, t.plusSeconds(5))
                .setIdentifiers(ids().setEmail(EMAIL).setEcommerceId("WEB-VERIFY").build())
                .setPerson(person("Ingrid", "Lindqvist")).setPayload(order("V-1", 12.5)).build());
        try (KafkaProducer<String, byte[]> producer = producer(c360)) {
            for (TouchpointEvent e : events) {
                producer.send(new ProducerRecord<>("c360.touchpoints." + e.getSource().name().toLowerCase(),
                    e.getEventId(), serdes.touchpointEvent().serializer().serialize("t", e))).get();
            }
        }
        String base = c360.app().baseUrl();
        String customerId = Await.until(TIMEOUT, "one profile of both sources", () -> {
            Http.Response r = Http.get(base + "/customers?email=" + EMAIL);
            JsonNode body = r.status() == 200 ? parse(r.body()) : null;
            return body != null && body.get("eventsBySource").size() == 2
                ? Optional.of(body.get("customerId").asText()) : Optional.empty();
        });
        Http.Response accepted = Http.delete(base + "/customers/" + customerId);
        assertEquals(202, accepted.status(), accepted.body());
        Await.until(TIMEOUT, "the customer forgotten", () ->
            Http.get(base + "/customers/" + customerId).status() == 404 ? Optional.of(true) : Optional.empty());
        return customerId;
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new CommandLine(new VerifyErasureCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8))).execute(args.toArray(String[]::new));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static KafkaProducer<String, byte[]> producer(EmbeddedC360 c360) {
        return new KafkaProducer<>(Map.of("bootstrap.servers", c360.broker().bootstrapServers()),
            new StringSerializer(), new ByteArraySerializer());
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }
}
