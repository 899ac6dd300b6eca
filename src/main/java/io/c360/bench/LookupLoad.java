package io.c360.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A closed-loop HTTP load: {@code clients} threads, each sending its next request as soon as the previous
 * answered, each on its own keep-alive HTTP/1.1 connection ({@link KeepAliveClient}). Every answer is checked
 * (status 200 and a text it must contain), so a fast wrong answer cannot pass for a fast lookup. Setting up
 * (discovering ids, probing owners) uses {@link HttpClient}.
 */
public final class LookupLoad implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final int clients;
    private final ExecutorService threads;
    private final HttpClient http;
    private final Map<String, String> headers;

    /** One request and a text its answer must contain (e.g. {@code "customerId":"c…"}). */
    public record Probe(URI uri, String expected) {
    }

    /** One measured case: latencies in microseconds, requests/s over the measured requests. */
    public record Result(String name, int requests, double seconds, Percentiles micros) {
        public double rate() {
            return requests / seconds;
        }
    }

    public LookupLoad(int clients) {
        this(clients, Map.of());
    }

    /** @param headers sent with every request (credentials) */
    public LookupLoad(int clients, Map<String, String> headers) {
        this.headers = Map.copyOf(headers);
        if (clients < 1) {
            throw new IllegalArgumentException("at least one client");
        }
        this.clients = clients;
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(clients, r -> {
            Thread t = new Thread(r, "c360-bench-client-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Measured requests of one stretch: latencies in microseconds and the wall time they took. */
    public record Stretch(long[] micros, double seconds) {
    }

    /**
     * Sends {@code warmup} requests (not measured), then {@code requests} measured ones, cycling through the
     * probes. Fails on the first wrong answer, naming it.
     */
    public Result run(String name, List<Probe> probes, int warmup, int requests) throws InterruptedException {
        warmUp(probes, warmup);
        Stretch stretch = measure(probes, warmup, requests);
        return new Result(name, requests, stretch.seconds(), Percentiles.of(stretch.micros()));
    }

    /** Sends requests {@code 0 … count - 1} of the probe cycle without measuring them. */
    public void warmUp(List<Probe> probes, int count) throws InterruptedException {
        phase(probes, 0, count, null);
    }

    /** Sends and measures requests {@code first … first + count - 1} of the probe cycle. */
    public Stretch measure(List<Probe> probes, int first, int count) throws InterruptedException {
        if (probes.isEmpty() || count < 1) {
            throw new IllegalArgumentException("no probes or no requests");
        }
        long[] micros = new long[count];
        long started = System.nanoTime();
        phase(probes, first, count, micros);
        return new Stretch(micros, (System.nanoTime() - started) / 1e9);
    }

    /** Applies {@code work} to every item with {@code clients} threads; the results in the items' order. */
    public <T, R> List<R> each(List<T> items, Function<T, R> work) throws InterruptedException {
        List<Future<R>> futures = new ArrayList<>();
        for (T item : items) {
            futures.add(threads.submit(() -> work.apply(item)));
        }
        List<R> results = new ArrayList<>(items.size());
        for (Future<R> f : futures) {
            results.add(join(f));
        }
        return results;
    }

    /** GET {@code uri}: the status and the body. */
    public HttpResponse<String> get(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET();
        headers.forEach(builder::header);
        HttpRequest request = builder.build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + uri + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during GET " + uri, e);
        }
    }

    /** Requests number {@code first} to {@code first + count - 1}; each latency into {@code micros} if given. */
    private void phase(List<Probe> probes, int first, int count, long[] micros) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<String> wrong = new AtomicReference<>();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(threads.submit(() -> {
                try (KeepAliveClient client = new KeepAliveClient(headers)) {
                    for (int i = next.getAndIncrement(); i < count && wrong.get() == null;
                         i = next.getAndIncrement()) {
                        Probe probe = probes.get((first + i) % probes.size());
                        long sent = System.nanoTime();
                        KeepAliveClient.Answer answer = client.get(probe.uri());
                        long elapsed = System.nanoTime() - sent;
                        if (answer.status() != 200 || !answer.body().contains(probe.expected())) {
                            wrong.compareAndSet(null, "GET " + probe.uri() + " answered " + answer.status()
                                + " without " + probe.expected() + ": " + abbreviate(answer.body()));
                        } else if (micros != null) {
                            micros[i] = elapsed / 1_000;
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            join(f);
        }
        if (wrong.get() != null) {
            throw new IllegalStateException(wrong.get());
        }
    }

    private static <R> R join(Future<R> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static String abbreviate(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
