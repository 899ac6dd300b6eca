package io.c360.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Everything on one machine: a real KRaft broker in-process, synthetic source systems, and c360. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Start an embedded Kafka broker, c360 and a synthetic feed of multi-source touchpoints.")
final class DemoCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MIN_SOURCES = 3;
    static final String API_KEY_ENV = "C360_DEMO_API_KEY";

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data-dir", description = "Keep broker and state here (default: a new temp directory).")
    Path dataDir;

    @Option(names = "--kafka-port", defaultValue = "0", description = "Port of the demo's Kafka broker (default: "
        + "the port of the last start with this --data-dir, else a free one).")
    int kafkaPort;

    @Option(names = "--people", defaultValue = "500", description = "Synthetic people (default: ${DEFAULT-VALUE}).")
    int people;

    @Option(names = "--rate", defaultValue = "2", description = "Live events per second after the history "
        + "(default: ${DEFAULT-VALUE}; 0 for none).")
    double rate;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the synthetic data.")
    long seed;

    @Mixin
    ConfigOptions config = new ConfigOptions();

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        String key = System.getenv(API_KEY_ENV);
        boolean generated = key == null || key.isBlank();
        if (generated) {
            key = newKey();
        }
        Demo demo = Demo.start(dataDir, port, kafkaPort, people, seed, config.load(Map.of()), key);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            demo.close();
            stopped.countDown();
        }, "c360-demo-shutdown"));
        int published = demo.publishHistory();
        awaitFirstProfile(demo.baseUrl(), key, Duration.ofSeconds(180));
        demo.startLiveFeed(rate);
        printWelcome(demo.baseUrl(), key, generated, published, demo.dataDir(),
            Duration.ofNanos(System.nanoTime() - started), demo.bootstrapServers());
        stopped.await();
        return 0;
    }

    /** Waits until the first page shows a customer seen in at least three source systems: the demo's point. */
    static void awaitFirstProfile(String baseUrl, String key, Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/customers?limit=1"))
            .header("Authorization", "Bearer " + key).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && sourcesOfFirst(response.body()) >= MIN_SOURCES) {
                    return;
                }
            } catch (IOException e) {
                // the server is still starting: try again below
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("no profile merging " + MIN_SOURCES + " sources was queryable within "
            + timeout.toSeconds() + " s");
    }

    private static int sourcesOfFirst(String page) throws IOException {
        JsonNode first = JSON.readTree(page).path("customers").path(0);
        return first.path("eventsBySource").size();
    }

    /** Prints the admin key once, with lines to paste: the API and the page need it (authentication is on). */
    private static void printWelcome(String baseUrl, String key, boolean generated, int published, Path dir,
                                     Duration startup, String kafka) {
        String origin = generated ? "generated for this run; set " + API_KEY_ENV + " to choose your own"
            : "from " + API_KEY_ENV;
        System.out.printf("""

            c360 demo is up in %.1f s — %d touchpoints from 8 source systems published, live feed running.
              Web page:          %s/   (sign in with the key below; search a customer, see the live 360 view)
              Admin API key:     %s   (%s)
              Browse profiles:   curl -s -H 'Authorization: Bearer %s' '%s/customers?limit=1'
              By identifier:     curl -s -H 'Authorization: Bearer %s' '%s/customers?email=...'
              Health:            curl -s '%s/health'
              Data directory:    %s
              Kafka:             %s   (application.id c360-demo)
              Verify an erasure: java -jar target/c360.jar verify-erasure --customer ID -D bootstrap.servers=%s \\
                                   -D application.id=c360-demo --state-dir %s
            Press Ctrl-C to stop.
            %n""", startup.toMillis() / 1000.0, published, baseUrl, key, origin, key, baseUrl, key, baseUrl,
            baseUrl, dir, kafka, kafka, dir.resolve("state"));
    }

    static String newKey() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return "c360-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
