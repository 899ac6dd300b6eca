package io.c360.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.c360.avro.Identifiers;
import io.c360.avro.Order;
import io.c360.avro.OrderLine;
import io.c360.avro.PageView;
import io.c360.avro.PersonAttributes;
import io.c360.avro.ServiceInteraction;
import io.c360.avro.SocialInteraction;
import io.c360.avro.TouchpointEvent;
import io.c360.kafka.SampleRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventValidatorTest {

    private static final Instant NOW = SampleRecords.T0.plus(Duration.ofHours(1));

    private final EventValidator validator = new EventValidator();

    @Test
    void aCompleteEventHasNoProblems() {
        assertEquals(List.of(), validator.problems(SampleRecords.orderEvent(), NOW));
    }

    @Test
    void idAndTypeMustBePresentAndShort() {
        TouchpointEvent event = event();
        event.setEventId(" ");
        event.setEventType("x".repeat(201));

        assertEquals(List.of("eventId is blank", "eventType has 201 characters, more than 200"),
                validator.problems(event, NOW));
    }

    @Test
    void eventTimeMustBePlausible() {
        TouchpointEvent event = event();
        event.setEventTime(Instant.parse("1999-12-31T23:59:59Z"));
        assertHasProblem(event, "is not after 2000-01-01T00:00:00Z");

        event.setEventTime(NOW.plus(Duration.ofHours(25)));
        assertHasProblem(event, "more than 1 day after now");

        event.setEventTime(NOW.plus(Duration.ofHours(23)));
        assertEquals(List.of(), validator.problems(event, NOW), "clock skew under a day is tolerated");
    }

    @Test
    void atLeastOneNonBlankIdentifier() {
        TouchpointEvent event = event();
        event.setIdentifiers(Identifiers.newBuilder().build());
        assertHasProblem(event, "at least one non-blank identifier");

        event.setIdentifiers(Identifiers.newBuilder().setEmail("  ").setPhone("").build());
        assertHasProblem(event, "at least one non-blank identifier");
    }

    @Test
    void stringsAreBoundedWithMoreRoomForFreeText() {
        TouchpointEvent event = event();
        event.setPerson(PersonAttributes.newBuilder().setFirstName("x".repeat(2_001)).build());
        assertEquals(List.of("person.firstName has 2001 characters, more than 2000"), validator.problems(event, NOW));

        event.setPerson(null);
        event.setPayload(PageView.newBuilder().setUrl("u".repeat(10_000)).build());
        assertEquals(List.of(), validator.problems(event, NOW));

        event.setPayload(ServiceInteraction.newBuilder().setTicketId("t").setNote("n".repeat(10_001)).build());
        assertEquals(List.of("payload.note has 10001 characters, more than 10000"), validator.problems(event, NOW));
    }

    @Test
    void orderAmountsMustBeSane() {
        TouchpointEvent event = event();
        event.setPayload(Order.newBuilder().setOrderId("o").setTotal(Double.NaN).setLines(List.of(
                OrderLine.newBuilder().setSku("a").setUnitPrice(-0.5).setQuantity(0).build(),
                OrderLine.newBuilder().setSku("b").setUnitPrice(Double.POSITIVE_INFINITY).build())).build());

        assertEquals(List.of(
                "payload.total must be a finite number >= 0, got NaN",
                "payload.lines[0].unitPrice must be a finite number >= 0, got -0.5",
                "payload.lines[0].quantity must be at least 1, got 0",
                "payload.lines[1].unitPrice must be a finite number >= 0, got Infinity"),
                validator.problems(event, NOW));
    }

    @Test
    void satisfactionAndSentimentInRange() {
        TouchpointEvent event = event();
        event.setPayload(ServiceInteraction.newBuilder().setTicketId("t").setSatisfaction(6).build());
        assertEquals(List.of("payload.satisfaction must be 1..5, got 6"), validator.problems(event, NOW));
        event.setPayload(ServiceInteraction.newBuilder().setTicketId("t").setSatisfaction(5).build());
        assertEquals(List.of(), validator.problems(event, NOW));

        event.setPayload(SocialInteraction.newBuilder().setNetwork("x").setKind("mention").setSentiment(-1.5).build());
        assertEquals(List.of("payload.sentiment must be between -1 and 1, got -1.5"), validator.problems(event, NOW));
        event.setPayload(
                SocialInteraction.newBuilder().setNetwork("x").setKind("mention").setSentiment(Double.NaN).build());
        assertEquals(1, validator.problems(event, NOW).size());
        event.setPayload(SocialInteraction.newBuilder().setNetwork("x").setKind("mention").setSentiment(1.0).build());
        assertEquals(List.of(), validator.problems(event, NOW));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        TouchpointEvent event = event();
        event.setEventId("");
        event.setIdentifiers(Identifiers.newBuilder().build());
        event.setPayload(ServiceInteraction.newBuilder().setTicketId("t").setSatisfaction(0).build());

        assertEquals(3, validator.problems(event, NOW).size());
    }

    private void assertHasProblem(TouchpointEvent event, String expected) {
        List<String> problems = validator.problems(event, NOW);
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), problems.toString());
    }

    private static TouchpointEvent event() {
        return TouchpointEvent.newBuilder(SampleRecords.orderEvent()).setPayload(null).build();
    }
}
