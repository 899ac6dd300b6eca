package io.c360.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.c360.avro.Order;
import io.c360.avro.SourceSystem;
import io.c360.avro.TouchpointEvent;
import io.c360.ingest.EventValidator;
import org.junit.jupiter.api.Test;

class BenchEventsTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void eventsAreValidUniqueAndCarryTheCustomersEmail() {
        BenchEvents events = new BenchEvents(1);
        EventValidator validator = new EventValidator();
        Set<String> ids = new HashSet<>();
        int orders = 0;
        for (int i = 0; i < 1000; i++) {
            TouchpointEvent e = i % 10 == 0 ? events.signUp(i, NOW) : events.activityOf(i % 7, NOW);
            assertEquals(java.util.List.of(), validator.problems(e, NOW), e.toString());
            assertTrue(ids.add(e.getEventId()), e.getEventId());
            assertEquals(BenchEvents.email(i % 10 == 0 ? i : i % 7), e.getIdentifiers().getEmail());
            orders += e.getPayload() instanceof Order ? 1 : 0;
        }
        assertTrue(orders > 300 && orders < 600, "about half of the activity are orders: " + orders);
    }

    @Test
    void customersShareNeitherEmailNorSurnameSoFuzzyMatchingHasNothingToMerge() {
        Set<String> emails = new HashSet<>();
        Set<String> surnames = new HashSet<>();
        for (int c = 0; c < 100_000; c++) {
            assertTrue(emails.add(BenchEvents.email(c)), BenchEvents.email(c));
            assertTrue(surnames.add(BenchEvents.lastName(c)), BenchEvents.lastName(c));
        }
        assertTrue(BenchEvents.lastName(6).chars().allMatch(Character::isLetter), BenchEvents.lastName(6));
    }

    @Test
    void theSameSeedGivesTheSameEvents() {
        BenchEvents a = new BenchEvents(5);
        BenchEvents b = new BenchEvents(5);
        for (int i = 0; i < 50; i++) {
            assertEquals(a.activity(100, NOW), b.activity(100, NOW));
        }
    }

    @Test
    void countsTheEventsThatStartASourceRecordOncePerCustomerAndKind() {
        BenchEvents events = new BenchEvents(3);
        Set<String> records = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            TouchpointEvent e = events.activity(50, NOW);
            records.add(e.getSource() + e.getIdentifiers().getEmail());
            assertEquals(records.size(), events.firstEventsOfRecords(), "after event " + i);
        }
        assertEquals(100, records.size(), "every customer has placed an order and viewed a page by now");
    }

    @Test
    void afterTheFirstActivitiesEveryEventIsOfAKnownRecordAndComesInSessions() {
        BenchEvents events = new BenchEvents(5);
        for (int c = 0; c < 200; c++) {
            List<TouchpointEvent> first = events.firstActivities(c, NOW);
            assertEquals(Set.of(SourceSystem.ECOMMERCE, SourceSystem.WEB),
                Set.of(first.get(0).getSource(), first.get(1).getSource()));
        }
        long known = events.firstEventsOfRecords();
        assertEquals(400, known);
        String previous = null;
        int sameAsPrevious = 0;
        for (int i = 0; i < 5_000; i++) {
            String email = events.activity(200, NOW).getIdentifiers().getEmail();
            sameAsPrevious += email.equals(previous) ? 1 : 0;
            previous = email;
        }
        assertEquals(known, events.firstEventsOfRecords(), "no new record in the steady mix");
        assertTrue(sameAsPrevious > 2_700 && sameAsPrevious < 3_300, "sessions continue 60 % of the time: "
            + sameAsPrevious);
    }
}
