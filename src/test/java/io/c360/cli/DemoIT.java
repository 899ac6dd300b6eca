package io.c360.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.c360.config.ConfigLoader;
import io.c360.testing.Await;
import io.c360.testing.Http;
import io.c360.testing.TestAuth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The demo as a new user meets it, and the produce command against its broker. */
class DemoIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Demo demo;

    @BeforeAll
    static void start() throws IOException {
        demo = Demo.start(dir.resolve("demo"), 0, 120, 42, ConfigLoader.load(null, Map.of(), Map.of()), TestAuth.ADMIN);
        demo.publishHistory();
    }

    @AfterAll
    static void stop() {
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    void theFirstProfileOfTheDemoMergesAtLeastThreeSources() throws InterruptedException {
        DemoCommand.awaitFirstProfile(demo.baseUrl(), TestAuth.ADMIN, Duration.ofSeconds(180));
        JsonNode first = Await.until(Duration.ofSeconds(90), "the first profile to merge three sources", () -> {
            JsonNode body = parse(Http.get(demo.baseUrl() + "/customers?limit=1").body());
            JsonNode profile = body.get("customers").get(0);
            return profile != null && profile.get("eventsBySource").size() >= 3
                ? Optional.of(profile) : Optional.empty();
        });
        assertTrue(first.get("identifiers").size() >= 3);
        assertFalse(first.at("/attributes/email/value").asText().isEmpty());
    }

    @Test
    void produceValidatesEveryLineAndPublishesOnlyAWholeValidFile() throws IOException {
        String bootstrap = demo.bootstrapServers();
        Path good = dir.resolve("good.jsonl");
        Files.writeString(good, """
            {"eventId":"cli-1","source":"crm","eventType":"customer_updated","eventTime":"2026-01-01T00:00:00Z","identifiers":{"email":"cli.user@example.com","crmId":"CRM-CLI"}}
            {"eventId":"cli-2","source":"pos","eventType":"order_placed","eventTime":"2026-01-02T00:00:00Z","identifiers":{"crmId":"CRM-CLI","loyaltyId":"LOY-CLI"},"payload":{"type":"Order","orderId":"o-1","total":12.5}}
            """);
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, """
            {"eventId":"cli-3","source":"crm","eventType":"customer_updated","eventTime":"2026-01-01T00:00:00Z","identifiers":{"email":"x@example.com"}}
            {"eventId":"cli-4","source":"crm","eventTime":"2026-01-01T00:00:00Z","identifiers":{"email":"y@example.com"}}
            """);

        StringWriter err = new StringWriter();
        CommandLine cli = C360.commandLine();
        cli.setErr(new PrintWriter(err));
        int failed = cli.execute("produce", "--topic", "c360.touchpoints.crm", "--file", bad.toString(),
            "--bootstrap-servers", bootstrap);
        assertEquals(1, failed);
        assertTrue(err.toString().contains("line 2") && err.toString().contains("eventType"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());

        int ok = C360.commandLine().execute("produce", "--topic", "c360.touchpoints.crm", "--file", good.toString(),
            "--avro", "--bootstrap-servers", bootstrap);
        assertEquals(0, ok);
        JsonNode profile = Await.until(Duration.ofSeconds(60), "the produced events' profile", () -> {
            Http.Response r = Http.get(demo.baseUrl() + "/customers?loyaltyId=LOY-CLI");
            JsonNode body = r.status() == 200 ? parse(r.body()) : null;
            return body != null && body.at("/eventCount").asInt() == 2 ? Optional.of(body) : Optional.empty();
        });
        assertEquals("cli.user@example.com", profile.at("/attributes/email/value").asText());
        assertEquals(404, Http.get(demo.baseUrl() + "/customers?email=x@example.com").status());
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }
}
