package io.c360.demo;

import io.c360.avro.SourceSystem;
import io.c360.avro.TouchpointEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Synthetic, multi-source customer touchpoints with ground truth, deterministic for a seed.
 *
 * <p>Each person appears in the sources they use, under the identifiers and spellings each source has for them:
 * the CRM's master record, a web-shop account typed in a hurry, cookies that browse anonymously until a login, a
 * loyalty card at the till, a phone number spelled out to the call centre. Strong identifiers (e-mail, phone, CRM id,
 * loyalty id, cookie) are unique per person and connect all of a person's events, so exact linking recovers the
 * ground truth; the long tail of sparse and anonymous people is kept on purpose.
 *
 * <p>The whole history is generated up front, so {@link #next} continues it identically however often
 * {@link #history} is read. Not thread-safe.
 */
public final class TouchpointGenerator {

  public static final Duration HISTORY = Duration.ofDays(365);

  private final List<SyntheticPerson> people;
  private final List<PersonState> states;
  private final List<GeneratedTouchpoint> history;
  private final LiveEvents live;
  private final Random random;
  private final Map<SourceSystem, Long> sequences = new EnumMap<>(SourceSystem.class);

  public TouchpointGenerator(long seed, int people, Instant now) {
    if (people < 1) {
      throw new IllegalArgumentException("people must be at least 1, was " + people);
    }
    Objects.requireNonNull(now, "now");
    DemoPools pools = DemoPools.standard();
    Random rnd = new Random(seed);
    Spellings spellings = new Spellings(rnd);
    CommerceEvents commerce = new CommerceEvents(rnd, spellings, pools, new OrderFactory(rnd, pools.products()));
    EngagementEvents engagement = new EngagementEvents(rnd, spellings, pools.products());
    Instant from = ceilToSecond(now.minus(HISTORY));
    PersonHistory personHistory = new PersonHistory(rnd, commerce, engagement, from, now);
    PersonFactory factory = new PersonFactory(rnd, pools);
    List<SyntheticPerson> persons = new ArrayList<>(people);
    List<PersonState> personStates = new ArrayList<>(people);
    List<GeneratedTouchpoint> events = new ArrayList<>(people * 32);
    for (int i = 1; i <= people; i++) {
      SyntheticPerson person = factory.create(i);
      PersonState state = new PersonState();
      for (TouchpointEvent event : personHistory.of(person, state)) {
        events.add(new GeneratedTouchpoint(person.personId(), topicSource(event.getSource()), event));
      }
      persons.add(person);
      personStates.add(state);
    }
    events.sort(Comparator.comparing(touchpoint -> touchpoint.event().getEventTime()));
    events.forEach(touchpoint -> number(touchpoint.event()));
    this.people = List.copyOf(persons);
    this.states = List.copyOf(personStates);
    this.history = List.copyOf(events);
    // the same factories continue, so live order and ticket numbers never repeat one from the history
    this.random = rnd;
    this.live = new LiveEvents(rnd, commerce, engagement);
  }

  /**
   * All events of all people, sorted by event time ascending; the same list for the same seed, people and now. The
   * events are shared, not copied, on every call: publish them, do not modify them.
   */
  public List<GeneratedTouchpoint> history() {
    return history;
  }

  /** One more event of a random existing person, stamped {@code at}. */
  public GeneratedTouchpoint next(Instant at) {
    Objects.requireNonNull(at, "at");
    int index = random.nextInt(people.size());
    SyntheticPerson person = people.get(index);
    TouchpointEvent event = live.next(person, states.get(index), at);
    number(event);
    return new GeneratedTouchpoint(person.personId(), topicSource(event.getSource()), event);
  }

  /** The ground truth, in person-id order. */
  public List<SyntheticPerson> people() {
    return people;
  }

  public static String topicSource(SourceSystem source) {
    return source.name().toLowerCase(Locale.ROOT);
  }

  /** Concatenation rather than String.format, which is slow and this runs once per event. */
  private void number(TouchpointEvent event) {
    long seq = sequences.merge(event.getSource(), 1L, Long::sum);
    String digits = Long.toString(seq);
    event.setEventId(topicSource(event.getSource()) + "-" + "0".repeat(Math.max(0, 6 - digits.length())) + digits);
  }

  private static Instant ceilToSecond(Instant instant) {
    return instant.getNano() == 0 ? instant : Instant.ofEpochSecond(instant.getEpochSecond() + 1);
  }
}
