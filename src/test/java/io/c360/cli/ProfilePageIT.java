package io.c360.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.c360.avro.Channel;
import io.c360.avro.SourceSystem;
import io.c360.avro.TouchpointEvent;
import io.c360.config.AppConfig;
import io.c360.config.ConfigLoader;
import io.c360.kafka.SerdeFactory;
import io.c360.kafka.Topics;
import io.c360.testing.Await;
import io.c360.testing.Events;
import io.c360.testing.Http;
import io.c360.testing.ProfilePage;
import io.c360.testing.TestAuth;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agents' page in a real browser (Debian's headless Chromium) against the demo on a real broker: find a
 * customer by typing part of the name, read the 360 view, watch it change live when an order arrives, and
 * make sure hostile data renders as text.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProfilePageIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DATA_TIMEOUT = Duration.ofSeconds(120);
    // the screenshot in docs/ should not depend on CJK fonts being installed
    private static final Pattern LATIN_NAME = Pattern.compile("[\\p{IsLatin}' -]{2,}");
    static final String XSS_FIRST = "<script>window.__xss='script'</script>";
    static final String XSS_LAST = "<img src=x onerror=\"window.__xss='img'\">";
    static final String XSS_ORDER = "<img src=x onerror=\"window.__xss='order'\">";

    @TempDir
    static Path dir;
    static Demo demo;
    static ProfilePage page;
    static JsonNode target;
    static String hostileId;
    static AppConfig config;

    @BeforeAll
    static void start() throws IOException {
        ProfilePage.requireBrowser();
        config = ConfigLoader.load(null, Map.of(), Map.of());
        demo = Demo.start(dir.resolve("demo"), 0, 30, 7, config, TestAuth.ADMIN);
        demo.publishHistory();
        publish(config, "crm", Events.event("it-xss-1", SourceSystem.CRM, Instant.now().minusSeconds(120))
            .setSourceRecordId("CRM-XSS")
            .setIdentifiers(Events.ids().setCrmId("CRM-XSS").setEmail("xss.probe@example.com").build())
            .setPerson(Events.person(XSS_FIRST, XSS_LAST))
            .build());
        publish(config, "ecommerce", Events.event("it-xss-2", SourceSystem.ECOMMERCE, Instant.now().minusSeconds(60))
            .setChannel(Channel.WEB)
            .setEventType("order_placed")
            .setIdentifiers(Events.ids().setEmail("xss.probe@example.com").build())
            .setPayload(Events.order(XSS_ORDER, 9.99))
            .build());
        // published last, so once its order shows, the history before it has (nearly all) been applied too; the two
        // records may reach identity in either order, so the customer is final once it holds both
        hostileId = Await.until(DATA_TIMEOUT, "the customer with a hostile name and an order", () ->
            json(demo.baseUrl() + "/customers?email=xss.probe@example.com")
                .filter(p -> p.at("/commerce/orderCount").asInt() >= 1 && p.get("eventsBySource").size() >= 2)
                .map(p -> p.get("customerId").asText()));
        target = Await.until(DATA_TIMEOUT, "a profile from three sources with e-mail, web-shop id and orders", () ->
            json(demo.baseUrl() + "/customers?limit=10").flatMap(body -> {
                List<JsonNode> fitting = new ArrayList<>();
                body.get("customers").forEach(p -> {
                    if (fitsTheTests(p)) {
                        fitting.add(p);
                    }
                });
                // richest first; one with consent decisions and purchases in several months shows more
                return fitting.stream().filter(ProfilePageIT::showsWell).findFirst()
                    .or(() -> fitting.stream().findFirst());
            }));
        page = ProfilePage.open(dir.resolve("chromium"));
        page.signIn(demo.baseUrl(), TestAuth.ADMIN);
    }

    @AfterAll
    static void stop() {
        if (page != null) {
            page.close();
        }
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    @Order(0)
    void asksForAKeyRefusesAWrongOneAndSignsInWithTheRightOne() {
        page.signIn(demo.baseUrl(), "not-a-key");
        page.awaitText("main [role=alert]", text -> text.contains("not accepted"));
        assertEquals(1, page.count("#sign-in"), "asked again");
        page.enterKey(TestAuth.ADMIN);
        page.home(demo.baseUrl());
        assertEquals(TestAuth.ADMIN, page.script("return sessionStorage.getItem('c360.apiKey')"));
        page.assertNoScriptErrors();
    }

    @Test
    @Order(1)
    void findsACustomerByPartOfTheNameAndShowsEverySection() throws IOException {
        String id = target.get("customerId").asText();
        String first = target.at("/attributes/firstName/value").asText();
        String last = target.at("/attributes/lastName/value").asText("");
        String typed = (first + " " + last.substring(0, Math.min(3, last.length()))).strip();

        page.home(demo.baseUrl());
        page.searchAndChoose(typed, id);

        assertEquals(id, page.text("#customer-id"));
        assertTrue(page.text("#profile-name").startsWith(first), page.text("#profile-name"));
        assertTrue(page.count("#golden tbody tr") >= 3, "golden record rows");
        assertTrue(page.count("#golden tbody tr .tag.source") >= 3, "each golden value names its source");
        assertTrue(page.count("#identity > table:first-of-type > tbody > tr") >= target.get("identifiers").size(),
            "every identifier");
        assertTrue(page.count("#identity .records tbody tr") >= 1, "the source records");
        page.awaitCount("#identity .history > li", 1);
        assertTrue(page.count("#consents .badge") >= 1, "consent and do-not-call badges");
        assertNotEquals("—", page.text("[data-field='scores.ltvHistorical'] dd"));
        String rfm = page.text("[data-field='scores.rfm'] dd");
        assertTrue(rfm.matches("\\d{3}.*"), rfm);
        assertTrue(page.text("[data-field='scores.churnRisk'] dd").endsWith("%"));
        assertEquals(24, page.count("#commerce svg.chart rect.bar"), "a bar per month");
        page.awaitCount("#timeline-list > li", 1);
        page.awaitCount("#commerce tbody tr", 1);

        page.awaitQuiet(Duration.ofSeconds(20));
        assertEquals(List.of(), page.accessibilityViolations(), "WCAG 2.1 AA rules of axe-core");
        page.screenshot(Path.of("target", "profile-page.png"), 2000);
    }

    @Test
    @Order(2)
    void updatesLiveWhenAnOrderArrives() throws InterruptedException {
        String id = target.get("customerId").asText();
        page.showCustomer(demo.baseUrl(), id);
        page.markDocument();
        String orderId = "IT-LIVE-" + System.nanoTime();
        publish(config, "ecommerce",
            Events.event("it-live-" + orderId, SourceSystem.ECOMMERCE, Instant.now())
                .setChannel(Channel.WEB)
                .setEventType("order_placed")
                .setSourceRecordId(identifier(target, "ecommerceId").orElseThrow())
                .setIdentifiers(Events.ids().setEcommerceId(identifier(target, "ecommerceId").orElseThrow())
                    .setEmail(target.at("/attributes/email/value").asText()).build())
                .setPayload(Events.order(orderId, 123.45))
                .build());

        JsonNode updated = Await.until(DATA_TIMEOUT, "the order in the profile", () ->
            json(demo.baseUrl() + "/customers/" + id)
                .filter(p -> p.at("/commerce/recentOrders").findValuesAsText("orderId").contains(orderId)));
        int orders = updated.at("/commerce/orderCount").asInt();
        page.awaitText("[data-field='commerce.orderCount'] dd", text -> Integer.parseInt(text) >= orders);
        page.awaitText("#timeline-list", text -> text.contains(orderId));
        page.awaitText("#commerce tbody", text -> text.contains(orderId));
        page.awaitText("#announcer", text -> text.startsWith("Profile updated"));
        assertTrue(page.documentMarked(), "the page updated in place, without a reload");
    }

    @Test
    @Order(3)
    void rendersHostileValuesAsTextAndRunsNothing() {
        String id = hostileId;
        JsonNode profile = json(demo.baseUrl() + "/customers/" + id).orElseThrow();
        String name = String.join(" ", profile.at("/attributes/firstName/value").asText(),
            profile.at("/attributes/lastName/value").asText());

        page.home(demo.baseUrl());
        page.searchAndChoose("xss.probe@", id);
        page.awaitText("#profile-name", name::equals);
        String lower = name.toLowerCase(Locale.ROOT);
        assertTrue(lower.contains("<script>") && lower.contains("<img") && lower.contains("onerror"), name);
        page.awaitText("#commerce tbody", text -> text.contains(XSS_ORDER));
        page.awaitText("#timeline-list", text -> text.contains(XSS_ORDER));
        assertEquals(0, page.count("main img, main script, #search-results img"), "no element made from data");
        assertEquals("none", page.script("return String(window.__xss || 'none')"));
        page.assertNoScriptErrors();
    }

    @Test
    @Order(4)
    void linksToTheHouseholdAndThroughTheAccountHierarchy() throws IOException {
        String id = target.get("customerId").asText();
        String household = json(demo.baseUrl() + "/customers/" + id).orElseThrow().path("householdId").asText(null);
        page.showCustomer(demo.baseUrl(), id);
        if (household != null) {
            page.click("#profile-head a[href^='#/households/']");
            page.awaitText("#members", text -> text.contains(id));
            page.click("#members a[href='#/customers/" + id + "']");
            page.awaitText("#customer-id", id::equals);
        }

        page.open(demo.baseUrl() + "/#/accounts/ACC-NORTHWIND");
        page.awaitText("#hierarchy", text -> text.contains("ACC-NORTHWIND-EU") || text.contains("Northwind"));
        page.click("#hierarchy a[href='#/accounts/ACC-NORTHWIND-EU']");
        page.awaitText("nav.breadcrumb", text -> text.contains("Northwind Holding"));
        page.awaitText("#account-totals", text -> text.contains("With every account below it"));
        assertEquals(List.of(), page.accessibilityViolations(), "WCAG 2.1 AA rules of axe-core");
    }

    private static boolean fitsTheTests(JsonNode p) {
        return p.get("eventsBySource").size() >= 3 && p.at("/commerce/orderCount").asInt() > 0
            && identifier(p, "ecommerceId").isPresent() && p.at("/attributes/email/value").isTextual()
            && LATIN_NAME.matcher(p.at("/attributes/firstName/value").asText() + " "
                + p.at("/attributes/lastName/value").asText("")).matches();
    }

    private static boolean showsWell(JsonNode p) {
        int months = 0;
        for (JsonNode amount : p.at("/commerce/monthlyRevenue")) {
            months += amount.asDouble() > 0 ? 1 : 0;
        }
        return !p.get("consents").isEmpty() && months >= 3;
    }

    static Optional<String> identifier(JsonNode profile, String type) {
        for (JsonNode ref : profile.get("identifiers")) {
            if (type.equals(ref.get("type").asText())) {
                return Optional.of(ref.get("value").asText());
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> json(String url) {
        Http.Response response = Http.get(url);
        if (response.status() != 200) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + response.body(), e);
        }
    }

    private static void publish(AppConfig config, String source, TouchpointEvent event) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, demo.bootstrapServers());
        String topic = new Topics(config).input(source).name();
        try (KafkaProducer<String, byte[]> producer =
                 new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            byte[] value = new SerdeFactory().touchpointEvent().serializer().serialize(topic, event);
            producer.send(new ProducerRecord<>(topic, event.getEventId(), value));
            producer.flush();
        }
    }
}
