package io.c360.query;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.c360.avro.CustomerProfile;
import io.c360.avro.ReviewItem;
import io.c360.avro.TouchpointEvent;
import io.c360.kafka.SerdeFactory;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Asks the instance that owns a key, over its internal HTTP endpoints. Profiles travel Avro-encoded so the
 * answer is the same object the owner holds. Every call carries the deployment's shared secret (the internal
 * endpoints refuse anyone else) and goes over HTTPS when the API does.
 */
public final class RemoteQueries {
    static final String PROFILE_PATH = "/internal/profiles/";
    static final String PROFILES_PATH = "/internal/profiles";
    static final String IDENTIFIER_PATH = "/internal/identifiers/";
    static final String TIMELINE_PATH = "/internal/timeline/";
    static final String RECORD_PATH = "/internal/records/";
    static final String SEARCH_PATH = "/internal/search";
    static final String REVIEW_PATH = "/internal/review";
    static final String ERASURE_SCOPE_PATH = "/internal/erasure-scope/";
    public static final String SECRET_HEADER = "X-C360-Internal";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final String scheme;
    private final String secret;
    private final Serde<CustomerProfile> profileSerde;
    private final Serde<TouchpointEvent> eventSerde;
    private final Serde<ReviewItem> reviewSerde;

    /** @param tls the trust for HTTPS between instances, or null when they talk plain HTTP */
    public RemoteQueries(SerdeFactory serdes, String secret, SSLContext tls) {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2));
        this.client = (tls == null ? builder : builder.sslContext(tls)).build();
        this.scheme = tls == null ? "http" : "https";
        this.secret = secret;
        this.profileSerde = serdes.customerProfile();
        this.eventSerde = serdes.touchpointEvent();
        this.reviewSerde = serdes.avro(ReviewItem.class);
    }

    public List<ReviewItem> review(HostInfo host, int limit) {
        byte[] body = get(host, REVIEW_PATH + "?limit=" + limit).orElse(new byte[0]);
        List<ReviewItem> result = new ArrayList<>();
        WireLists.read(body, host, in -> result.add(reviewSerde.deserializer().deserialize(null, WireLists.bytes(in))));
        return result;
    }

    /** The customers an erasure of the customer reaches, as the instance running the identity stage sees them. */
    public List<String> erasureScope(HostInfo host, String customerId) {
        String body = get(host, ERASURE_SCOPE_PATH + encode(customerId)).map(b -> new String(b, StandardCharsets.UTF_8))
            .orElse("");
        return body.lines().filter(line -> !line.isBlank()).toList();
    }

    public Optional<CustomerProfile> profile(HostInfo host, String customerId) {
        return get(host, PROFILE_PATH + encode(customerId))
            .map(bytes -> profileSerde.deserializer().deserialize(null, bytes));
    }

    public List<SearchHit> search(HostInfo host, String q, int limit) {
        byte[] body = get(host, SEARCH_PATH + "?q=" + encode(q) + "&limit=" + limit).orElse(new byte[0]);
        try {
            return body.length == 0 ? List.of() : List.of(JSON.readValue(body, SearchHit[].class));
        } catch (IOException e) {
            throw new StoreUnavailableException("unreadable search answer from " + host, e);
        }
    }

    /** A record of one of the stores served by {@code /internal/records/{store}/{key}}. */
    public <T> Optional<T> record(HostInfo host, String store, String key, Serde<T> serde) {
        return get(host, RECORD_PATH + encode(store) + "/" + encode(key))
            .map(bytes -> serde.deserializer().deserialize(null, bytes));
    }

    public Optional<String> customerIdByIdentifier(HostInfo host, String identifierKey) {
        return get(host, IDENTIFIER_PATH + encode(identifierKey)).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    public List<CustomerProfile> page(HostInfo host, int limit, BrowseOrder order) {
        byte[] body = get(host, PROFILES_PATH + "?limit=" + limit + "&sort=" + order.name()).orElse(new byte[0]);
        List<CustomerProfile> result = new ArrayList<>();
        WireLists.read(body, host,
            in -> result.add(profileSerde.deserializer().deserialize(null, WireLists.bytes(in))));
        return result;
    }

    public List<TimelineEntry> timeline(HostInfo host, String customerId, int limit, String after,
                                        TimelineFilter filter) {
        StringBuilder path = new StringBuilder(TIMELINE_PATH).append(encode(customerId))
            .append("?limit=").append(limit);
        appendParam(path, "after", after);
        appendParam(path, "source", filter.source());
        appendParam(path, "channel", filter.channel());
        appendParam(path, "type", filter.eventType());
        byte[] body = get(host, path.toString()).orElse(new byte[0]);
        List<TimelineEntry> result = new ArrayList<>();
        WireLists.read(body, host, in -> result.add(new TimelineEntry(customerId, in.readUTF(),
            eventSerde.deserializer().deserialize(null, WireLists.bytes(in)))));
        return result;
    }

    private static void appendParam(StringBuilder path, String name, String value) {
        if (value != null) {
            path.append('&').append(name).append('=').append(encode(value));
        }
    }

    private Optional<byte[]> get(HostInfo host, String path) {
        URI uri = URI.create(scheme + "://" + host.host() + ":" + host.port() + path);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
            .header(SECRET_HEADER, secret).GET().build();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 404) {
                return Optional.empty();
            }
            if (response.statusCode() == 401) {
                throw new StoreUnavailableException("instance " + host + " refused this instance's internal "
                    + "secret: set the same c360.http.internal.secret on every instance");
            }
            if (response.statusCode() != 200) {
                throw new StoreUnavailableException("instance " + host + " answered " + response.statusCode());
            }
            return Optional.of(response.body());
        } catch (IOException e) {
            throw new StoreUnavailableException("instance " + host + " is unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted while asking " + host, e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
