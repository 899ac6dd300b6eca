package io.c360.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A server-sent-events client for tests: collects (event, data) pairs as they arrive. */
public final class ServerSentEvents implements AutoCloseable {
    private record Event(String name, String data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;

    private ServerSentEvents(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream")
            .header("Authorization", "Bearer " + TestAuth.ADMIN).build();
        response = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(r -> {
            String[] name = {"message"};
            r.body().forEach(line -> {
                if (line.startsWith("event:")) {
                    name[0] = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    events.add(new Event(name[0], line.substring(5).trim()));
                    name[0] = "message";
                }
            });
        });
    }

    public static ServerSentEvents open(String url) {
        return new ServerSentEvents(url);
    }

    /** The data of the next event with this name, skipping others; fails after the timeout. */
    public String await(String name, Duration timeout) throws InterruptedException {
        return await(name, data -> true, timeout);
    }

    /** The data of the next event with this name whose data matches, skipping others. */
    public String await(String name, Predicate<String> matching, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Event e = events.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (e != null && e.name().equals(name) && matching.test(e.data())) {
                return e.data();
            }
        }
        throw new AssertionError("no matching '" + name + "' event within " + timeout.toSeconds() + " s");
    }

    @Override
    public void close() {
        response.cancel(true);
    }
}
