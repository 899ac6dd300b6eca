package io.c360.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The closed loop against a tiny server: it counts what it measures and rejects wrong answers. */
class LookupLoadTest {
    private HttpServer server;
    private final AtomicInteger served = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/c/", exchange -> {
            served.incrementAndGet();
            String id = exchange.getRequestURI().getPath().substring(3);
            int status = id.equals("missing") ? 404 : 200;
            String answer = id.equals("liar") ? "{\"customerId\":\"someone-else\"}" : "{\"customerId\":\"" + id + "\"}";
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            // ids starting with "chunked" answer without a length, in chunks
            exchange.sendResponseHeaders(status, id.startsWith("chunked") ? 0 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private LookupLoad.Probe probe(String id) {
        return new LookupLoad.Probe(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/c/" + id),
            "\"customerId\":\"" + id + "\"");
    }

    @Test
    void measuresExactlyTheRequestedRequestsAfterTheWarmup() throws InterruptedException {
        try (LookupLoad load = new LookupLoad(3)) {
            LookupLoad.Result r = load.run("ok", List.of(probe("a"), probe("chunked-b")), 20, 101);
            assertEquals(121, served.get());
            assertEquals(101, r.requests());
            assertEquals(101, r.micros().samples());
            Percentiles p = r.micros();
            assertTrue(0 < p.p50() && p.p50() <= p.p99() && p.p99() <= p.p999() && p.p999() <= p.max(), p::toString);
            assertTrue(r.rate() > 0);
        }
    }

    @Test
    void anAnswerForAnotherCustomerFailsTheRun() {
        try (LookupLoad load = new LookupLoad(2)) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> load.run("wrong", List.of(probe("a"), probe("liar")), 0, 50));
            assertTrue(e.getMessage().contains("/c/liar") && e.getMessage().contains("someone-else"),
                e.getMessage());
        }
    }

    @Test
    void aNotFoundFailsTheRunEvenInTheWarmup() {
        try (LookupLoad load = new LookupLoad(2)) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> load.run("missing", List.of(probe("missing")), 10, 10));
            assertTrue(e.getMessage().contains("404"), e.getMessage());
        }
    }
}
