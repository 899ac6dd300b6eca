package io.c360.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import io.c360.app.C360App;
import io.c360.bench.BenchEvents;
import io.c360.config.AppConfig;
import io.c360.config.ConfigLoader;
import io.c360.kafka.EmbeddedKafkaBroker;
import io.c360.testing.Await;
import io.c360.testing.GroundTruth;
import io.c360.testing.Http;
import io.c360.testing.LoadPublisher;
import io.c360.testing.TestAuth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lost state directory: the stores are rebuilt from their changelog topics, the search index (which has none)
 * from the restored profiles, and all answer exactly as before.
 */
class StateWipeIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(180);
    private static final int CUSTOMERS = 60;

    @TempDir
    Path dir;

    @Test
    void storesRestoredFromChangelogsAnswerTheSame() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("broker"));
             LoadPublisher load = new LoadPublisher(broker.bootstrapServers())) {
            AppConfig config = ConfigLoader.load(null, Map.of(), TestAuth.with(Map.of(
                "bootstrap.servers", broker.bootstrapServers(),
                "application.id", "c360-wipe-" + UUID.randomUUID(),
                "state.dir", dir.resolve("state").toString(),
                "c360.http.port", "0")));
            GroundTruth truth = new GroundTruth(3, CUSTOMERS);
            Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            Map<String, String> before;
            try (C360App app = C360App.start(config)) {
                load.publish(truth.signUps(t));
                load.publish(truth.activity(1000, t.plusSeconds(1)));
                truth.awaitExact(app.baseUrl(), TIMEOUT);
                before = answers(app.baseUrl());
            }
            deleteRecursively(dir.resolve("state"));

            try (C360App restored = C360App.start(config)) {
                Map<String, String> after = Await.until(TIMEOUT, "restored stores answering", () ->
                    Optional.of(answers(restored.baseUrl())));
                assertEquals(before, after);
                truth.verify(restored.baseUrl());
            }
        }
    }

    /** Every customer's profile, the answer to an identifier lookup and to a search, as the API serves them. */
    private static Map<String, String> answers(String baseUrl) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int c = 0; c < CUSTOMERS; c++) {
            Http.Response byEmail = Http.get(baseUrl + "/customers?email=" + BenchEvents.email(c));
            Http.Response byCrmId = Http.get(baseUrl + "/customers?crmId=CRM-" + c);
            if (byEmail.status() != 200 || byCrmId.status() != 200) {
                throw new IllegalStateException("customer " + c + " not served yet: " + byEmail.status());
            }
            Http.Response search = Http.get(baseUrl + "/search?q="
                + java.net.URLEncoder.encode(BenchEvents.email(c), java.nio.charset.StandardCharsets.UTF_8));
            if (search.status() != 200 || search.body().contains("\"count\":0")) {
                throw new IllegalStateException("customer " + c + " not found by search yet: " + search.body());
            }
            answers.put("email " + c, byEmail.body());
            answers.put("crmId " + c, byCrmId.body());
            answers.put("search " + c, search.body());
        }
        return answers;
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
