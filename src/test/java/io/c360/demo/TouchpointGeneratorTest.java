package io.c360.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.c360.avro.CampaignEngagement;
import io.c360.avro.ConsentChange;
import io.c360.avro.CustomerMasterUpdate;
import io.c360.avro.Identifiers;
import io.c360.avro.LoyaltyActivity;
import io.c360.avro.Order;
import io.c360.avro.OrderLine;
import io.c360.avro.OrderStatus;
import io.c360.avro.PageView;
import io.c360.avro.ServiceInteraction;
import io.c360.avro.SocialInteraction;
import io.c360.avro.SourceSystem;
import io.c360.avro.TouchpointEvent;
import io.c360.demo.SyntheticPerson.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TouchpointGeneratorTest {

  static final Instant NOW = Instant.parse("2026-03-01T12:00:00.250Z");
  static final Map<String, Class<?>> PAYLOADS = Map.ofEntries(
      Map.entry(EventTypes.CUSTOMER_UPDATED, CustomerMasterUpdate.class),
      Map.entry(EventTypes.ORDER_PLACED, Order.class), Map.entry(EventTypes.ORDER_RETURNED, Order.class),
      Map.entry(EventTypes.PAGE_VIEW, PageView.class),
      Map.entry(EventTypes.TICKET_OPENED, ServiceInteraction.class),
      Map.entry(EventTypes.TICKET_CLOSED, ServiceInteraction.class),
      Map.entry(EventTypes.SOCIAL_MENTION, SocialInteraction.class),
      Map.entry(EventTypes.CAMPAIGN_SENT, CampaignEngagement.class),
      Map.entry(EventTypes.CAMPAIGN_OPEN, CampaignEngagement.class),
      Map.entry(EventTypes.CAMPAIGN_CLICK, CampaignEngagement.class),
      Map.entry(EventTypes.CONSENT_CHANGED, ConsentChange.class),
      Map.entry(EventTypes.POINTS_EARNED, LoyaltyActivity.class));
  static final Set<String> IDENTIFY_ONLY = Set.of(EventTypes.ACCOUNT_CREATED, EventTypes.LOGIN);

  private static TouchpointGenerator generator;
  private static List<GeneratedTouchpoint> history;

  @BeforeAll
  static void generate() {
    generator = new TouchpointGenerator(42, 1_000, NOW);
    history = generator.history();
  }

  @Test
  void sameSeedGivesSameHistoryAndLiveEvents() {
    TouchpointGenerator first = new TouchpointGenerator(7, 300, NOW);
    TouchpointGenerator second = new TouchpointGenerator(7, 300, NOW);
    assertEquals(first.history(), second.history());
    assertEquals(first.people(), second.people());
    for (int i = 0; i < 200; i++) {
      Instant at = NOW.plusSeconds(i);
      assertEquals(first.next(at), second.next(at));
    }
  }

  @Test
  void otherSeedGivesOtherHistory() {
    assertNotEquals(new TouchpointGenerator(7, 50, NOW).history(), new TouchpointGenerator(8, 50, NOW).history());
  }

  @Test
  void everyEventIsWellFormed() {
    Set<String> eventIds = new HashSet<>();
    for (GeneratedTouchpoint touchpoint : history) {
      TouchpointEvent event = touchpoint.event();
      assertTrue(eventIds.add(event.getEventId()), "duplicate " + event.getEventId());
      assertTrue(event.getEventId().matches(touchpoint.topicSource() + "-\\d+"), event.getEventId());
      assertEquals(TouchpointGenerator.topicSource(event.getSource()), touchpoint.topicSource());
      assertFalse(event.getEventTime().isBefore(NOW.minus(TouchpointGenerator.HISTORY)), event.toString());
      assertFalse(event.getEventTime().isAfter(NOW), event.toString());
      assertTrue(identifierCount(event.getIdentifiers()) >= 1, event.toString());
      assertPayloadMatchesType(event);
    }
  }

  @Test
  void historyIsSortedByEventTime() {
    for (int i = 1; i < history.size(); i++) {
      assertFalse(history.get(i).event().getEventTime().isBefore(history.get(i - 1).event().getEventTime()));
    }
  }

  @Test
  void recordBearingSourcesNameTheirRecord() {
    for (GeneratedTouchpoint touchpoint : history) {
      TouchpointEvent event = touchpoint.event();
      Identifiers ids = event.getIdentifiers();
      String expected = switch (event.getSource()) {
        case CRM -> ids.getCrmId();
        case ECOMMERCE -> ids.getEcommerceId();
        case LOYALTY -> ids.getLoyaltyId();
        case POS -> ids.getPosCustomerId();
        default -> null;
      };
      assertEquals(expected, event.getSourceRecordId(), event.toString());
    }
  }

  @Test
  void mostPeopleAppearInAtLeastThreeSources() {
    Map<String, Set<SourceSystem>> sources = sourcesByPerson(history);
    long wide = sources.values().stream().filter(s -> s.size() >= 3).count();
    assertEquals(1_000, sources.size());
    assertTrue(wide >= 800, wide + " of 1000 people in 3+ sources");
  }

  @Test
  void theLongTailIsThere() {
    Map<String, Set<SourceSystem>> sources = sourcesByPerson(history);
    long anonymous = generator.people().stream().filter(p -> p.kind() == Kind.ANONYMOUS).count();
    long narrow = sources.values().stream().filter(s -> s.size() <= 2).count();
    assertTrue(anonymous >= 20 && anonymous <= 90, anonymous + " anonymous visitors");
    assertTrue(narrow >= 100 && narrow <= 200, narrow + " people in one or two sources");
    Set<String> anonymousIds = generator.people().stream().filter(p -> p.kind() == Kind.ANONYMOUS)
        .map(SyntheticPerson::personId).collect(Collectors.toSet());
    history.stream().filter(t -> anonymousIds.contains(t.personId())).forEach(t -> {
      assertEquals(EventTypes.PAGE_VIEW, t.event().getEventType());
      assertEquals(1, identifierCount(t.event().getIdentifiers()));
      assertNotNull(t.event().getIdentifiers().getCookieId());
    });
  }

  @Test
  void strongIdentifiersLinkExactlyTheGroundTruth() {
    List<GeneratedTouchpoint> events = new ArrayList<>(history);
    IntStream.range(0, 2_000).forEach(i -> events.add(generator.next(NOW.plusSeconds(i))));
    GroundTruthCheck.assertExactLinkingRecoversGroundTruth(events);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, -1, 99, 123_456_789, Long.MIN_VALUE})
  void exactLinkingRecoversGroundTruthForAnySeed(long seed) {
    TouchpointGenerator other = new TouchpointGenerator(seed, 150, NOW);
    List<GeneratedTouchpoint> events = new ArrayList<>(other.history());
    IntStream.range(0, 300).forEach(i -> events.add(other.next(NOW.plusSeconds(i))));
    GroundTruthCheck.assertExactLinkingRecoversGroundTruth(events);
  }

  @Test
  void groundTruthIdentifiersAreUnique() {
    List<SyntheticPerson> people = generator.people();
    assertEquals(people.size(), people.stream().map(SyntheticPerson::email).distinct().count());
    assertEquals(people.size(), people.stream().map(p -> p.phone().e164()).distinct().count());
    for (SyntheticPerson p : people) {
      assertEquals(p.phone().e164(), StrongIdentifiers.e164(p.phone().e164(), "ZZ"));
      p.phone().international().forEach(text -> assertEquals(p.phone().e164(), StrongIdentifiers.e164(text, "ZZ")));
      p.phone().regional().forEach(text -> assertEquals(p.phone().e164(),
          StrongIdentifiers.e164(text, p.phone().region())));
    }
  }

  @Test
  void sourcesSpellTheSamePersonDifferently() {
    Map<String, Set<String>> firstNames = new HashMap<>();
    Set<String> emailsAsTyped = new HashSet<>();
    Set<String> phonesAsTyped = new HashSet<>();
    for (GeneratedTouchpoint t : history) {
      TouchpointEvent event = t.event();
      if (event.getPerson() != null && event.getPerson().getFirstName() != null) {
        firstNames.computeIfAbsent(t.personId(), id -> new HashSet<>()).add(event.getPerson().getFirstName());
      }
      if (event.getIdentifiers().getEmail() != null) {
        emailsAsTyped.add(event.getIdentifiers().getEmail());
      }
      if (event.getIdentifiers().getPhone() != null) {
        phonesAsTyped.add(event.getIdentifiers().getPhone());
      }
    }
    long renamed = firstNames.values().stream().filter(names -> names.size() >= 2).count();
    assertTrue(renamed >= 50, renamed + " people with two or more spellings of their first name");
    assertTrue(emailsAsTyped.stream().anyMatch(e -> !e.equals(e.trim())), "an e-mail with surrounding spaces");
    assertTrue(emailsAsTyped.stream().anyMatch(e -> !e.equals(e.toLowerCase())), "an e-mail in mixed case");
    assertTrue(phonesAsTyped.stream().anyMatch(p -> p.startsWith("0")), "a phone in national notation");
    assertTrue(phonesAsTyped.stream().anyMatch(p -> p.startsWith("+")), "a phone in international notation");
    Set<String> fullNames = history.stream().map(t -> t.event().getPerson())
        .filter(p -> p != null && p.getFullName() != null).map(p -> p.getFullName()).collect(Collectors.toSet());
    assertTrue(fullNames.stream().anyMatch(n -> n.equals(n.toLowerCase()) && !n.equals(n.toUpperCase())));
    assertTrue(fullNames.stream().anyMatch(n -> n.equals(n.toUpperCase()) && !n.equals(n.toLowerCase())));
  }

  @Test
  void ordersAddUpAndReturnsReferToPlacedOrders() {
    Map<String, String> placedBy = new HashMap<>();
    int returns = 0;
    for (GeneratedTouchpoint t : history) {
      if (!(t.event().getPayload() instanceof Order order)) {
        continue;
      }
      assertTrue(order.getLines().size() >= 1 && order.getLines().size() <= 4, order.toString());
      double sum = 0;
      for (OrderLine line : order.getLines()) {
        sum += line.getQuantity() * line.getUnitPrice();
      }
      assertEquals(sum, order.getTotal(), 0.005, order.toString());
      if (order.getStatus() == OrderStatus.RETURNED) {
        returns++;
        assertEquals(EventTypes.ORDER_RETURNED, t.event().getEventType());
        assertEquals(t.personId(), placedBy.get(order.getOrderId()), "return of an order the person placed");
      } else {
        assertEquals(null, placedBy.put(order.getOrderId(), t.personId()), "order id reused");
      }
    }
    assertTrue(returns > 0, "some orders are returned");
  }

  @Test
  void liveEventsContinueTheHistory() {
    TouchpointGenerator live = new TouchpointGenerator(5, 200, NOW);
    List<GeneratedTouchpoint> events = new ArrayList<>(live.history());
    IntStream.range(0, 3_000).forEach(i -> events.add(live.next(NOW.plusSeconds(i))));
    Map<String, String> placedBy = new HashMap<>();
    Map<String, String> openedBy = new HashMap<>();
    for (GeneratedTouchpoint t : events) {
      if (t.event().getPayload() instanceof Order order) {
        if (order.getStatus() == OrderStatus.RETURNED) {
          assertEquals(t.personId(), placedBy.get(order.getOrderId()), "return of an order the person placed");
        } else {
          assertEquals(null, placedBy.put(order.getOrderId(), t.personId()), "order id reused");
        }
      }
      if (t.event().getPayload() instanceof ServiceInteraction ticket) {
        if (t.event().getEventType().equals(EventTypes.TICKET_OPENED)) {
          assertEquals(null, openedBy.put(ticket.getTicketId(), t.personId()), "ticket id reused");
        } else {
          assertEquals(t.personId(), openedBy.get(ticket.getTicketId()), "closing a ticket the person opened");
        }
      }
    }
  }

  @Test
  void ticketsCloseAfterTheyOpen() {
    Map<String, String> opened = new HashMap<>();
    for (GeneratedTouchpoint t : history) {
      if (t.event().getPayload() instanceof ServiceInteraction ticket) {
        if (t.event().getEventType().equals(EventTypes.TICKET_OPENED)) {
          opened.put(ticket.getTicketId(), t.personId());
        } else {
          assertEquals(t.personId(), opened.get(ticket.getTicketId()));
        }
      }
    }
  }

  @Test
  void liveEventsAreStampedAndWellFormed() {
    TouchpointGenerator live = new TouchpointGenerator(3, 100, NOW);
    Set<String> ids = live.history().stream().map(t -> t.event().getEventId()).collect(Collectors.toSet());
    Set<String> people = live.people().stream().map(SyntheticPerson::personId).collect(Collectors.toSet());
    for (int i = 0; i < 1_000; i++) {
      Instant at = NOW.plusSeconds(i);
      GeneratedTouchpoint t = live.next(at);
      assertEquals(at, t.event().getEventTime());
      assertTrue(people.contains(t.personId()));
      assertTrue(ids.add(t.event().getEventId()), "duplicate " + t.event().getEventId());
      assertPayloadMatchesType(t.event());
    }
  }

  static Map<String, Set<SourceSystem>> sourcesByPerson(List<GeneratedTouchpoint> events) {
    Map<String, Set<SourceSystem>> sources = new HashMap<>();
    events.forEach(t -> sources.computeIfAbsent(t.personId(), id -> new HashSet<>()).add(t.event().getSource()));
    return sources;
  }

  private static void assertPayloadMatchesType(TouchpointEvent event) {
    Object payload = event.getPayload();
    if (IDENTIFY_ONLY.contains(event.getEventType())) {
      assertEquals(null, payload, event.toString());
    } else {
      Class<?> expected = PAYLOADS.get(event.getEventType());
      assertNotNull(expected, "unknown event type " + event.getEventType());
      assertTrue(expected.isInstance(payload), event.toString());
    }
  }

  private static long identifierCount(Identifiers ids) {
    return IntStream.range(0, Identifiers.getClassSchema().getFields().size())
        .filter(i -> ids.get(i) != null).count();
  }
}
