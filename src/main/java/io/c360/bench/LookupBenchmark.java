package io.c360.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.c360.app.C360App;
import io.c360.config.AppConfig;
import io.c360.kafka.EmbeddedKafkaBroker;
import io.c360.kafka.SerdeFactory;
import io.c360.kafka.Topics;

/**
 * Profile lookups over HTTP on two c360 instances of one application (so about half the keys live on the
 * other instance), on an embedded broker in this JVM. {@link #fill} gets the profiles in through the real
 * pipeline: one CRM sign-up per customer, published at full speed, done when every sign-up's
 * {@code profile-changed} record is committed. {@link #measure} then samples customers, learns their ids
 * through the API, sorts them by the instance that holds them, and runs each lookup case as a closed loop.
 */
public final class LookupBenchmark implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(30);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final EmbeddedKafkaBroker broker;
    private final List<C360App> instances;
    private final EventPublisher publisher;
    private final OutputWatcher output;
    private final BenchEvents events;
    private int profiles;

    /**
     * How the lookups are measured: customers sampled, unmeasured requests per case, measured requests per case,
     * split over {@code rounds} rounds that take the cases in turn, so a change of load on the machine during
     * the run touches every case alike.
     */
    public record Settings(int keys, int warmup, int requests, int rounds, long seed) {
        public Settings {
            if (rounds < 1 || requests < rounds) {
                throw new IllegalArgumentException("need at least one round and one request per round");
            }
        }
    }

    /** The fill: {@code added} sign-ups, first send to last committed profile change; {@code profiles} in all. */
    public record Fill(int profiles, int added, double seconds) {
        public double rate() {
            return added / seconds;
        }
    }

    /**
     * A measured case, how many instance-to-instance hops each of its lookups takes, and the slowest and
     * fastest round in requests/s (their spread shows how steady the machine was).
     */
    public record Case(LookupLoad.Result result, String target, int hops, int keys, double slowestRound,
                       double fastestRound) {
    }

    /** A case before it is measured. */
    private record Plan(String name, String target, int hops, int keys, List<LookupLoad.Probe> probes) {
    }

    /** A sampled customer: index in {@link BenchEvents}, e-mail, and the id c360 gave it. */
    record Customer(int index, String email, String customerId) {
    }

    private LookupBenchmark(EmbeddedKafkaBroker broker, List<C360App> instances, EventPublisher publisher,
                            OutputWatcher output, BenchEvents events) {
        this.broker = broker;
        this.instances = instances;
        this.publisher = publisher;
        this.output = output;
        this.events = events;
    }

    /** Starts a broker and two instances in {@code dir}; {@code base} supplies every setting not forced here. */
    public static LookupBenchmark start(Path dir, AppConfig base, long seed, BenchAuth auth)
        throws InterruptedException, TimeoutException {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("broker"));
        List<C360App> instances = new ArrayList<>();
        for (String name : List.of("a", "b")) {
            instances.add(C360App.start(base.with(auth.settings()).with(Map.of(
                "bootstrap.servers", broker.bootstrapServers(),
                "application.id", "c360-bench-lookup",
                "state.dir", dir.resolve("state-" + name).toString(),
                "c360.http.port", "0",
                "c360.topic.replication.factor", "1"))));
        }
        Topics topics = new Topics(instances.get(0).config());
        LookupBenchmark bench = new LookupBenchmark(broker, instances,
            new EventPublisher(broker.bootstrapServers(), topics, new SerdeFactory().touchpointEvent()),
            new OutputWatcher(broker.bootstrapServers(), topics.profileChanged().name(), new CoveredEvents()),
            new BenchEvents(seed));
        bench.profiles = signUpsPublished(broker.bootstrapServers(), topics);
        bench.awaitReady(START_TIMEOUT);
        return bench;
    }

    /**
     * Fills the stores to {@code total} profiles: publishes one sign-up per missing customer at full speed and
     * waits until every profile is committed. A data directory kept from an earlier run (whose fill finished)
     * already holds its profiles; it can be measured again, not grown.
     */
    public Fill fill(int total, Duration timeout, Consumer<String> progress) throws InterruptedException,
        TimeoutException {
        if (profiles > 0) {
            if (total > profiles) {
                throw new IllegalStateException("the data directory holds " + profiles + " profiles; fill "
                    + total + " in a new directory");
            }
            progress.accept(String.format(java.util.Locale.ROOT, "reusing the %,d profiles of the data directory",
                profiles));
            return new Fill(profiles, 0, 0);
        }
        int count = total;
        long target = output.count() + count;
        long started = System.nanoTime();
        for (int c = 0; c < count; c++) {
            publisher.publish(events.signUp(c, Instant.now()));
        }
        publisher.flush();
        progress.accept(String.format(java.util.Locale.ROOT, "published %,d sign-ups in %.0f s", count,
            (System.nanoTime() - started) / 1e9));
        long deadline = started + timeout.toNanos();
        long finished;
        while (true) {
            try {
                finished = output.awaitCount(target, PROGRESS_EVERY);
                break;
            } catch (TimeoutException e) {
                long done = output.count() - (target - count);
                double seconds = (System.nanoTime() - started) / 1e9;
                progress.accept(String.format(java.util.Locale.ROOT, "%,d of %,d profiles after %.0f s (%,.0f/s)",
                    done, count, seconds, done / seconds));
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("only " + done + " of " + count + " profiles within " + timeout);
                }
            }
        }
        profiles += count;
        return new Fill(profiles, count, (finished - started) / 1e9);
    }

    /** Samples customers, sorts them by owner, and measures every case against the identity-index holder. */
    public List<Case> measure(LookupLoad load, Settings settings) throws InterruptedException, TimeoutException {
        awaitQueryable(load, START_TIMEOUT);
        C360App target = indexHolder(load);
        C360App other = instances.get(0) == target ? instances.get(1) : instances.get(0);
        List<Customer> sample = discover(load, target, sampleIndices(settings));
        List<Boolean> local = load.each(sample, c -> holds(load, target, other, c));
        List<Customer> mine = new ArrayList<>();
        List<Customer> theirs = new ArrayList<>();
        for (int i = 0; i < sample.size(); i++) {
            (local.get(i) ? mine : theirs).add(sample.get(i));
        }
        if (mine.isEmpty() || theirs.isEmpty()) {
            throw new IllegalStateException("the sample of " + sample.size() + " customers is not spread over both "
                + "instances (" + mine.size() + " local, " + theirs.size() + " remote): too few profiles or partitions");
        }
        String t = name(target);
        List<Plan> plans = List.of(
            new Plan("health (HTTP floor)", t, 0, 1, healthProbe(target)),
            new Plan("by id, local", t, 0, mine.size(), byId(target, mine)),
            new Plan("by id, forwarded", t, 1, theirs.size(), byId(target, theirs)),
            new Plan("by e-mail, local", t, 0, mine.size(), byEmail(target, mine)),
            new Plan("by e-mail, profile forwarded", t, 1, theirs.size(), byEmail(target, theirs)),
            new Plan("by e-mail, index and profile forwarded", name(other), 2, mine.size(), byEmail(other, mine)));
        List<Case> cases = run(load, settings, plans);
        if (!load.each(sample, c -> holds(load, target, other, c)).equals(local)) {
            throw new IllegalStateException("partitions moved between the instances during the measurement; "
                + "the local/forwarded split no longer holds: run again");
        }
        return cases;
    }

    /** Warms every case up, then measures them in turn, round after round. */
    private static List<Case> run(LookupLoad load, Settings s, List<Plan> plans) throws InterruptedException {
        for (Plan plan : plans) {
            load.warmUp(plan.probes(), s.warmup());
        }
        int perRound = s.requests() / s.rounds();
        List<List<LookupLoad.Stretch>> stretches = new ArrayList<>();
        plans.forEach(p -> stretches.add(new ArrayList<>()));
        for (int round = 0; round < s.rounds(); round++) {
            for (int i = 0; i < plans.size(); i++) {
                stretches.get(i).add(load.measure(plans.get(i).probes(), s.warmup() + round * perRound, perRound));
            }
        }
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            Plan plan = plans.get(i);
            List<LookupLoad.Stretch> own = stretches.get(i);
            long[] micros = own.stream().flatMapToLong(st -> java.util.Arrays.stream(st.micros())).toArray();
            double seconds = own.stream().mapToDouble(LookupLoad.Stretch::seconds).sum();
            java.util.DoubleSummaryStatistics rates = own.stream()
                .mapToDouble(st -> st.micros().length / st.seconds()).summaryStatistics();
            cases.add(new Case(new LookupLoad.Result(plan.name(), micros.length, seconds, Percentiles.of(micros)),
                plan.target(), plan.hops(), plan.keys(), rates.getMin(), rates.getMax()));
        }
        return cases;
    }

    /** Sign-ups in the input topic: all this bench ever publishes there, one per profile. */
    private static int signUpsPublished(String bootstrapServers, Topics topics) {
        String crm = topics.input("crm").name();
        return Math.toIntExact(InputOffsets.end(bootstrapServers, topics).entrySet().stream()
            .filter(e -> e.getKey().topic().equals(crm)).mapToLong(Map.Entry::getValue).sum());
    }

    /** Distinct customer indices below the number of profiles, uniformly at random (all of them if few). */
    private List<Integer> sampleIndices(Settings settings) {
        List<Integer> all = new ArrayList<>();
        Random random = new Random(settings.seed());
        if (settings.keys() >= profiles) {
            for (int i = 0; i < profiles; i++) {
                all.add(i);
            }
        } else {
            java.util.Set<Integer> chosen = new java.util.LinkedHashSet<>();
            while (chosen.size() < settings.keys()) {
                chosen.add(random.nextInt(profiles));
            }
            all.addAll(chosen);
        }
        Collections.shuffle(all, random);
        return all;
    }

    /** The id of each sampled customer, as the API answers it for the customer's e-mail. */
    private List<Customer> discover(LookupLoad load, C360App target, List<Integer> indices)
        throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        return load.each(indices, i -> {
            String email = BenchEvents.email(i);
            HttpResponse<String> answer = getWhenAvailable(load, byEmailUri(target, email), deadline);
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("customer " + i + " (" + email + ") answered " + answer.statusCode()
                    + ": " + answer.body());
            }
            try {
                return new Customer(i, email, JSON.readTree(answer.body()).path("customerId").asText());
            } catch (java.io.IOException e) {
                throw new IllegalStateException("unreadable profile of " + email, e);
            }
        });
    }

    /**
     * GET, asking again while the answer is 503 (a store still restoring or moving, which a started instance
     * may report for a while after RUNNING) until the deadline.
     */
    private static HttpResponse<String> getWhenAvailable(LookupLoad load, URI uri, long deadline) {
        HttpResponse<String> answer = load.get(uri);
        while (answer.statusCode() == 503 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + uri, e);
            }
            answer = load.get(uri);
        }
        return answer;
    }

    /** Whether {@code target} holds the customer's profile; checks that {@code other} holds it otherwise. */
    private static boolean holds(LookupLoad load, C360App target, C360App other, Customer c) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        if (getWhenAvailable(load, internalProfile(target, c), deadline).statusCode() == 200) {
            return true;
        }
        int there = getWhenAvailable(load, internalProfile(other, c), deadline).statusCode();
        if (there != 200) {
            throw new IllegalStateException("neither instance holds " + c.customerId() + " (" + there + ")");
        }
        return false;
    }

    /**
     * The instance holding the identity index (its stage runs on one partition, so on one instance), once it
     * answers: right after a start the index may still be restoring.
     */
    private C360App indexHolder(LookupLoad load) throws InterruptedException, TimeoutException {
        String key = encode("email:" + BenchEvents.email(0));
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            List<Integer> statuses = instances.stream()
                .map(app -> load.get(URI.create(app.baseUrl() + "/internal/identifiers/" + key)).statusCode())
                .toList();
            if (statuses.stream().filter(s -> s == 200).count() == 1) {
                return instances.get(statuses.indexOf(200));
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("expected one instance to hold the identity index; they answered "
                    + statuses);
            }
            Thread.sleep(50);
        }
    }

    private static List<LookupLoad.Probe> healthProbe(C360App app) {
        return List.of(new LookupLoad.Probe(URI.create(app.baseUrl() + "/health"), "\"status\":\"UP\""));
    }

    private static List<LookupLoad.Probe> byId(C360App app, List<Customer> customers) {
        return customers.stream().map(c -> new LookupLoad.Probe(
            URI.create(app.baseUrl() + "/customers/" + encode(c.customerId())), expected(c))).toList();
    }

    private static List<LookupLoad.Probe> byEmail(C360App app, List<Customer> customers) {
        return customers.stream().map(c -> new LookupLoad.Probe(byEmailUri(app, c.email()), expected(c))).toList();
    }

    private static String expected(Customer c) {
        return "\"customerId\":\"" + c.customerId() + "\"";
    }

    private static URI byEmailUri(C360App app, String email) {
        return URI.create(app.baseUrl() + "/customers?email=" + encode(email));
    }

    private static URI internalProfile(C360App app, Customer c) {
        return URI.create(app.baseUrl() + "/internal/profiles/" + encode(c.customerId()));
    }

    private String name(C360App app) {
        return instances.get(0) == app ? "a" : "b";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private void awaitReady(Duration timeout) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!instances.stream().allMatch(app -> app.health().ready())) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("the two c360 instances did not reach RUNNING within " + timeout);
            }
            Thread.sleep(50);
        }
    }

    /** Ready as the API says it: RUNNING and the owners of the profile store known, on both instances. */
    private void awaitQueryable(LookupLoad load, Duration timeout) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!instances.stream().allMatch(app -> load.get(URI.create(app.baseUrl() + "/ready")).statusCode() == 200)) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("the two c360 instances were not ready within " + timeout);
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() throws InterruptedException {
        output.close();
        publisher.close();
        for (int i = instances.size() - 1; i >= 0; i--) {
            instances.get(i).close();
        }
        broker.close();
    }
}
