package io.c360.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.c360.avro.Order;
import io.c360.avro.TouchpointEvent;
import io.c360.bench.BenchEvents;

/**
 * Events for failure tests together with what c360 must make of them: per customer the number of events,
 * of orders and the revenue. Customers never share an identifier, so the expected totals follow from the
 * events alone, and a lost or doubly applied event shows up as a wrong count.
 */
public final class GroundTruth {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BenchEvents events;
    private final Random pick;
    private final long[] eventCounts;
    private final long[] orderCounts;
    private final long[] revenueCents;
    private final List<String> eventIds = new ArrayList<>();

    public GroundTruth(long seed, int customers) {
        this.events = new BenchEvents(seed);
        this.pick = new Random(seed + 1);
        this.eventCounts = new long[customers];
        this.orderCounts = new long[customers];
        this.revenueCents = new long[customers];
    }

    /** One sign-up per customer: each creates the customer. */
    public List<TouchpointEvent> signUps(Instant at) {
        List<TouchpointEvent> out = new ArrayList<>();
        for (int c = 0; c < eventCounts.length; c++) {
            out.add(tally(c, events.signUp(c, at)));
        }
        return out;
    }

    /** {@code n} orders and page views of random customers. */
    public List<TouchpointEvent> activity(int n, Instant at) {
        List<TouchpointEvent> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int c = pick.nextInt(eventCounts.length);
            out.add(tally(c, events.activityOf(c, at)));
        }
        return out;
    }

    /** Every event handed out so far. */
    public long totalEvents() {
        return eventIds.size();
    }

    /** The ids of every event handed out so far. */
    public List<String> eventIds() {
        return List.copyOf(eventIds);
    }

    /** Asks c360 for every customer and asserts event count, order count and revenue equal the truth. */
    public void verify(String baseUrl) {
        List<String> differences = differences(baseUrl);
        assertEquals(List.of(), differences.subList(0, Math.min(10, differences.size())),
            differences.size() + " customers differ from the ground truth");
    }

    /** Waits until c360 answers every customer exactly as the truth says; fails with the differences left. */
    public void awaitExact(String baseUrl, Duration timeout) {
        AtomicReference<List<String>> last = new AtomicReference<>(List.of());
        try {
            Await.until(timeout, "every customer exact", () -> {
                last.set(differences(baseUrl));
                return last.get().isEmpty() ? Optional.of(true) : Optional.empty();
            });
        } catch (AssertionError e) {
            List<String> left = last.get();
            throw new AssertionError(e.getMessage() + "; " + left.size() + " customers still differ, e.g. "
                + left.subList(0, Math.min(5, left.size())), e);
        }
    }

    /** One line per customer whose profile differs from the truth (or cannot be read). */
    public List<String> differences(String baseUrl) {
        List<String> differences = new ArrayList<>();
        for (int c = 0; c < eventCounts.length; c++) {
            Http.Response response = Http.get(baseUrl + "/customers?email=" + BenchEvents.email(c));
            if (response.status() != 200) {
                differences.add("customer " + c + ": HTTP " + response.status());
                continue;
            }
            JsonNode p = parse(response.body());
            long events = p.path("eventCount").asLong();
            long orders = p.at("/commerce/orderCount").asLong();
            long cents = Math.round(p.at("/commerce/revenue").asDouble() * 100);
            if (events != eventCounts[c] || orders != orderCounts[c] || cents != revenueCents[c]) {
                differences.add("customer " + c + " (" + p.path("customerId").asText() + "): events " + events
                    + "/" + eventCounts[c] + ", orders " + orders + "/" + orderCounts[c] + ", revenue cents "
                    + cents + "/" + revenueCents[c]);
            }
        }
        return differences;
    }

    /** The profile JSON of the customer holding {@code email}, as the API serves it. */
    public static JsonNode profile(String baseUrl, String email) {
        Http.Response response = Http.get(baseUrl + "/customers?email=" + email);
        assertEquals(200, response.status(), email + ": " + response.body());
        return parse(response.body());
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }

    private TouchpointEvent tally(int customer, TouchpointEvent event) {
        eventCounts[customer]++;
        eventIds.add(event.getEventId());
        if (event.getPayload() instanceof Order order) {
            orderCounts[customer]++;
            revenueCents[customer] += Math.round(order.getTotal() * 100);
        }
        return event;
    }
}
