package io.c360.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.c360.avro.Channel;
import io.c360.avro.ConsentChange;
import io.c360.avro.CustomerMerged;
import io.c360.avro.Order;
import io.c360.avro.OrderStatus;
import io.c360.avro.PageView;
import io.c360.avro.SourceSystem;
import io.c360.avro.TouchpointEvent;
import io.c360.kafka.AvroSerde;
import io.c360.kafka.KnownSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonToAvroTest {

    private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");

    private final JsonToAvro json = new JsonToAvro();

    @Test
    void mapsTheWebTrackerExample() throws IOException {
        TouchpointEvent event = json.read(resource("web-page-view.json"), TouchpointEvent.class);

        assertEquals("web-1", event.getEventId());
        assertEquals(SourceSystem.WEB, event.getSource());
        assertEquals(Channel.WEB, event.getChannel());
        assertEquals("page_view", event.getEventType());
        assertEquals(T, event.getEventTime());
        assertEquals("ck-1", event.getIdentifiers().getCookieId());
        assertEquals(" Jane.Doe@Example.com ", event.getIdentifiers().getEmail(), "mapping does not standardize");
        assertNull(event.getIdentifiers().getPhone());
        assertNull(event.getSourceRecordId());
        assertNull(event.getPerson());
        PageView view = assertInstanceOf(PageView.class, event.getPayload());
        assertEquals("https://shop.example/p/1", view.getUrl());
        assertEquals("shoes", view.getCategory());
    }

    @Test
    void mapsAnOrderWithLinesAndDefaults() {
        TouchpointEvent event = read(event(
                "\"payload\": {\"type\": \"order\", \"orderId\": \"o-1\", \"status\": \"paid\","
                + " \"total\": \"59.90\", \"lines\": [{\"sku\": \"a\", \"quantity\": 2, \"unitPrice\": 29.95},"
                + " {\"sku\": \"b\", \"unitPrice\": 0}]}"));

        Order order = assertInstanceOf(Order.class, event.getPayload());
        assertEquals(OrderStatus.PAID, order.getStatus());
        assertEquals("EUR", order.getCurrency());
        assertEquals(59.9, order.getTotal());
        assertEquals(2, order.getLines().size());
        assertEquals(2, order.getLines().get(0).getQuantity());
        assertEquals(1, order.getLines().get(1).getQuantity(), "schema default");
        assertEquals(Channel.OTHER, event.getChannel(), "schema default");
    }

    @Test
    void mapsAConsentChangeAndPersonWithNestedAddress() {
        TouchpointEvent event = read(event(
                "\"payload\": {\"type\": \"CONSENTCHANGE\", \"purpose\": \"marketing\", \"granted\": false},"
                + " \"person\": {\"firstName\": \"Jane\", \"address\": {\"city\": \"Lyon\", \"country\": null}}"));

        ConsentChange consent = assertInstanceOf(ConsentChange.class, event.getPayload());
        assertEquals("marketing", consent.getPurpose());
        assertFalse(consent.getGranted());
        assertNull(consent.getConsentChannel());
        assertEquals("Lyon", event.getPerson().getAddress().getCity());
        assertNull(event.getPerson().getAddress().getCountry());
    }

    @Test
    void nullOrAbsentPayloadIsNull() {
        assertNull(read(event("\"payload\": null")).getPayload());
        assertNull(read(event("\"sourceRecordId\": null")).getPayload());
        assertEquals("crm-7", read(event("\"sourceRecordId\": \"crm-7\"")).getSourceRecordId());
    }

    @Test
    void enumsAreCaseInsensitive() {
        String doc = event("\"channel\": \"Store\"").replace("\"source\": \"web\"", "\"source\": \"crm\"");
        TouchpointEvent event = read(doc);
        assertEquals(SourceSystem.CRM, event.getSource());
        assertEquals(Channel.STORE, event.getChannel());
    }

    @Test
    void unknownEnumSymbolListsTheAllowedOnes() {
        InvalidEventException e = invalid(event("\"channel\": \"fax\""));
        assertTrue(e.getMessage().contains("'channel'"), e.getMessage());
        assertTrue(e.getMessage().contains("WEB, APP, STORE"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1795600800000", "\"1795600800000\"", "\"2026-11-25T10:00:00Z\"",
            "\"2026-11-25T11:00:00+01:00\"", "\"2026-11-25T05:00:00.000-05:00\"", "\"2026-11-25T10:00:00.000999Z\""})
    void timestampsAsEpochMillisOrIso(String eventTime) {
        assertEquals(T, read(withEventTime(eventTime)).getEventTime());
    }

    @Test
    void subMillisecondDigitsAreTruncated() {
        assertEquals(Instant.parse("2026-11-25T10:00:00.123Z"),
                read(withEventTime("\"2026-11-25T10:00:00.123456Z\"")).getEventTime());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2026-11-25\"", "\"2026-11-25T10:00:00\"", "\"yesterday\"", "true", "1.5", "{}"})
    void badTimestampsNameTheField(String eventTime) {
        InvalidEventException e = invalid(withEventTime(eventTime));
        assertTrue(e.getMessage().contains("'eventTime'"), e.getMessage());
    }

    @Test
    void unknownFieldIsRejectedWithItsPath() {
        String doc = event("").replace("\"cookieId\"", "\"emial\"");
        InvalidEventException e = invalid(doc);
        assertTrue(e.getMessage().startsWith("unknown field 'identifiers.emial'"), e.getMessage());
        assertTrue(e.getMessage().contains("email"), "lists the allowed fields: " + e.getMessage());

        assertTrue(invalid(event("\"colour\": 1")).getMessage().startsWith("unknown field 'colour'"));
    }

    @Test
    void missingRequiredFieldIsNamed() {
        String doc = event("").replace("\"eventType\": \"page_view\",", "");
        assertEquals("missing required field 'eventType'", invalid(doc).getMessage());

        InvalidEventException e = invalid(event("\"payload\": {\"type\": \"Order\", \"orderId\": \"o-1\"}"));
        assertEquals("missing required field 'payload.total'", e.getMessage());
    }

    @Test
    void payloadTypeMustNameABranch() {
        assertTrue(invalid(event("\"payload\": {\"url\": \"https://x\"}")).getMessage()
                .contains("missing required field 'payload.type'"));
        InvalidEventException unknown = invalid(event("\"payload\": {\"type\": \"Refund\"}"));
        assertTrue(unknown.getMessage().contains("'payload.type': unknown type 'Refund'"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("PageView, Order, ServiceInteraction"), unknown.getMessage());
        assertTrue(invalid(event("\"payload\": \"PageView\"")).getMessage().contains("'payload'"));
    }

    @Test
    void wrongTypesNameThePath() {
        assertMessage(event("\"identifiers\": \"ck-1\"").replace(
                "\"identifiers\": {\"cookieId\": \"ck-1\"}, ", ""), "'identifiers': expected an object, got string");
        assertMessage(event("\"payload\": {\"type\": \"ConsentChange\", \"purpose\": \"m\", \"granted\": \"true\"}"),
                "'payload.granted': expected true or false");
        assertMessage(event("\"payload\": {\"type\": \"Order\", \"orderId\": \"o\", \"total\": 1, "
                + "\"lines\": [{\"sku\": \"a\", \"unitPrice\": 1, \"quantity\": 1.5}]}"),
                "'payload.lines[0].quantity'");
        assertMessage(event("\"payload\": {\"type\": \"Order\", \"orderId\": \"o\", \"total\": 1, "
                + "\"lines\": [{\"sku\": \"a\", \"unitPrice\": 1, \"quantity\": 3000000000}]}"),
                "out of range for an int");
        assertMessage(event("\"payload\": {\"type\": \"Order\", \"orderId\": \"o\", \"total\": \"lots\"}"),
                "'payload.total': expected a number");
        assertMessage(event("\"payload\": {\"type\": \"Order\", \"orderId\": \"o\", \"total\": 1, \"lines\": {}}"),
                "'payload.lines': expected an array");
        assertMessage(event("\"sourceRecordId\": true"), "'sourceRecordId': expected a string, got boolean");
    }

    @Test
    void explicitNullIsOnlyAcceptedWhereTheSchemaAllowsIt() {
        String doc = event("").replace("\"eventId\": \"web-1\"", "\"eventId\": null");
        assertMessage(doc, "'eventId': expected a string, got null");
        assertMessage(event("\"channel\": null"), "'channel'");
    }

    @Test
    void wholeNumbersAreAcceptedAsIdStrings() {
        String doc = event("").replace("\"cookieId\": \"ck-1\"", "\"crmId\": 12345");
        assertEquals("12345", read(doc).getIdentifiers().getCrmId());
    }

    @Test
    void documentMustBeAnObject() {
        assertMessage("[]", "document: expected an object, got array");
    }

    @Test
    void mapsOtherRecordTypesWithMapsAndTimestamps() {
        CustomerMerged merged = json.read((
                "{\"retiredId\": \"c-9\", \"survivorId\": \"c-1\", \"mergedAt\": 1795600800000, "
                + "\"rule\": \"shared-identifier\", \"evidence\": {\"email\": \"jane@example.com\"}, "
                + "\"causeEventId\": \"e\"}")
                .getBytes(StandardCharsets.UTF_8), CustomerMerged.class);
        assertEquals(T, merged.getMergedAt());
        assertEquals(Map.of("email", "jane@example.com"), merged.getEvidence());
    }

    @Test
    void defaultsAreNotSharedBetweenEvents() {
        String doc = event("\"payload\": {\"type\": \"Order\", \"orderId\": \"o\", \"total\": 1}");
        Order first = (Order) read(doc).getPayload();
        Order second = (Order) read(doc).getPayload();
        assertNotSame(first.getLines(), second.getLines());
    }

    @Test
    void mappedEventsEncodeAsAvro() throws IOException {
        AvroSerde<TouchpointEvent> serde =
                new AvroSerde<>(TouchpointEvent.class, KnownSchemas.withExtra(List.of()).store());
        TouchpointEvent event = json.read(resource("web-page-view.json"), TouchpointEvent.class);
        assertEquals(event, serde.deserialize(serde.serialize(event)));
    }

    @Test
    void malformedJsonIsItsOwnKind() {
        assertThrows(MalformedJsonException.class, () -> read("{\"eventId\": "));
        assertThrows(MalformedJsonException.class, () -> read("{} {}"));
        MalformedJsonException duplicate = assertThrows(MalformedJsonException.class,
                () -> read("{\"eventId\": \"a\", \"eventId\": \"b\"}"));
        assertTrue(duplicate.getMessage().contains("eventId"), duplicate.getMessage());
    }

    @Test
    void tooDeepOrTooLargeIsRejectedWhileParsing() {
        String deep = "{\"a\":".repeat(40) + "1" + "}".repeat(40);
        InvalidEventException e = assertThrows(InvalidEventException.class, () -> read(deep));
        assertFalse(e instanceof MalformedJsonException);
        assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());

        String large = event("\"sourceRecordId\": \"" + "x".repeat(200) + "\"");
        InvalidEventException tooLarge = assertThrows(InvalidEventException.class,
                () -> new JsonToAvro(100).read(large.getBytes(StandardCharsets.UTF_8), TouchpointEvent.class));
        assertTrue(tooLarge.getMessage().contains("exceeds the 100-byte limit"), tooLarge.getMessage());
    }

    /** A valid minimal event plus {@code extra} fields. */
    static String event(String extra) {
        return "{\"eventId\": \"web-1\", \"source\": \"web\", \"eventType\": \"page_view\", "
                + "\"eventTime\": \"2026-11-25T10:00:00Z\", \"identifiers\": {\"cookieId\": \"ck-1\"}"
                + (extra.isEmpty() ? "" : ", " + extra) + "}";
    }

    private static String withEventTime(String eventTime) {
        return event("").replace("\"eventTime\": \"2026-11-25T10:00:00Z\"", "\"eventTime\": " + eventTime);
    }

    private TouchpointEvent read(String doc) {
        return json.read(doc.getBytes(StandardCharsets.UTF_8), TouchpointEvent.class);
    }

    private InvalidEventException invalid(String doc) {
        InvalidEventException e = assertThrows(InvalidEventException.class, () -> read(doc));
        assertFalse(e instanceof MalformedJsonException, e.getMessage());
        return e;
    }

    private void assertMessage(String doc, String expected) {
        InvalidEventException e = invalid(doc);
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = JsonToAvroTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
