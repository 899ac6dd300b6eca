package io.c360.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import io.c360.app.C360App;
import io.c360.config.AppConfig;
import io.c360.demo.TouchpointGenerator;
import io.c360.kafka.EmbeddedKafkaBroker;
import io.c360.kafka.SerdeFactory;
import io.c360.kafka.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Everything on one machine: a real KRaft broker in-process, synthetic source systems, and c360. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Start an embedded Kafka broker, c360 and a synthetic feed of multi-source touchpoints.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data-dir", description = "Keep broker and state here (default: a new temp directory).")
    Path dataDir;

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
        Path dir = dataDir != null ? Files.createDirectories(dataDir) : Files.createTempDirectory("c360-demo-");
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir);
        Map<String, String> forced = new LinkedHashMap<>();
        forced.put("bootstrap.servers", broker.bootstrapServers());
        forced.put("application.id", "c360-demo");
        forced.put("state.dir", dir.resolve("state").toString());
        forced.put("c360.http.port", String.valueOf(port));
        AppConfig appConfig = config.load(forced);
        C360App app = C360App.start(appConfig);
        TouchpointGenerator generator = new TouchpointGenerator(seed, people, Instant.now());
        DemoFeed feed = new DemoFeed(appConfig.kafkaProperties(), new Topics(appConfig), new SerdeFactory());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            feed.close();
            app.close();
            broker.close();
            stopped.countDown();
        }, "c360-demo-shutdown"));
        int published = feed.publishHistory(generator.history());
        feed.publishBrokenSamples();
        awaitFirstProfile(app.baseUrl(), Duration.ofSeconds(120));
        feed.startLive(generator, rate);
        printWelcome(app.baseUrl(), published, dir, Duration.ofNanos(System.nanoTime() - started));
        stopped.await();
        return 0;
    }

    private static void awaitFirstProfile(String baseUrl, Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/customers?limit=1")).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && !response.body().contains("\"count\":0")) {
                    return;
                }
            } catch (IOException e) {
                // the server is still starting: try again below
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("no profile was queryable within " + timeout.toSeconds() + " s");
    }

    private static void printWelcome(String baseUrl, int published, Path dir, Duration startup) {
        System.out.printf("""

            c360 demo is up in %.1f s — %d touchpoints from 8 source systems published, live feed running.
              Browse profiles:   curl -s '%s/customers?limit=1'
              By identifier:     curl -s '%s/customers?email=...'   (also phone, crmId, loyaltyId, ...)
              Health:            curl -s '%s/health'
              Data directory:    %s
            Press Ctrl-C to stop.
            %n""", startup.toMillis() / 1000.0, published, baseUrl, baseUrl, baseUrl, dir);
    }
}
