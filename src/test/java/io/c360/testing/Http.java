package io.c360.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A tiny HTTP client for tests; it signs in with {@link TestAuth#ADMIN} unless told another key (or none). */
public final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    public record Response(int status, String body, java.net.http.HttpHeaders headers) {
        public Response(int status, String body) {
            this(status, body, null);
        }
    }

    public static Response get(String url) {
        return get(url, TestAuth.ADMIN);
    }

    /** A GET with this API key; null sends no Authorization header. */
    public static Response get(String url, String key) {
        return send(request(url, key).build());
    }

    public static Response post(String url, String json) {
        return post(url, json, TestAuth.ADMIN);
    }

    public static Response post(String url, String json, String key) {
        return send(request(url, key).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public static HttpRequest.Builder request(String url, String key) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
        return key == null ? builder : builder.header("Authorization", "Bearer " + key);
    }

    public static Response delete(String url) {
        return delete(url, TestAuth.ADMIN);
    }

    public static Response delete(String url, String key) {
        return send(request(url, key).DELETE().build());
    }

    public static Response send(HttpRequest request) {
        return send(CLIENT, request);
    }

    public static Response send(HttpClient client, HttpRequest request) {
        String url = request.uri().toString();
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
