package io.c360.demo;

import static io.c360.avro.SourceSystem.CALLCENTER;
import static io.c360.avro.SourceSystem.CRM;
import static io.c360.avro.SourceSystem.ECOMMERCE;
import static io.c360.avro.SourceSystem.LOYALTY;
import static io.c360.avro.SourceSystem.MARKETING;
import static io.c360.avro.SourceSystem.POS;
import static io.c360.avro.SourceSystem.SOCIAL;
import static io.c360.avro.SourceSystem.WEB;

import io.c360.avro.EngagementAction;
import io.c360.avro.Order;
import io.c360.avro.TouchpointEvent;
import io.c360.demo.EngagementEvents.Ticket;
import io.c360.demo.SyntheticPerson.Kind;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A person's past year, source by source. Causality holds inside a person: the account exists before its orders,
 * a cookie browses before it logs in, a member enrols before the till credits points, a ticket opens before it closes.
 */
final class PersonHistory {

  private static final String[] THEMES = {"NEWYEAR", "WINTERSALE", "SPRING", "EASTER", "MAY", "SUMMER", "HOLIDAY",
      "BACKTOSCHOOL", "AUTUMN", "HALLOWEEN", "BLACKFRIDAY", "XMAS"};
  private static final long WELCOME_POINTS = 100;

  private final Random rnd;
  private final CommerceEvents commerce;
  private final EngagementEvents engagement;
  private final Instant from;
  private final Instant now;

  PersonHistory(Random rnd, CommerceEvents commerce, EngagementEvents engagement, Instant from, Instant now) {
    this.rnd = rnd;
    this.commerce = commerce;
    this.engagement = engagement;
    this.from = from;
    this.now = now;
  }

  /** Events in generation order, not yet sorted by time. */
  List<TouchpointEvent> of(SyntheticPerson p, PersonState state) {
    List<TouchpointEvent> out = new ArrayList<>();
    if (p.sources().contains(CRM)) {
      times(1 + rnd.nextInt(3), from, now).forEach(t -> out.add(engagement.customerUpdated(p, t)));
    }
    List<Timed> webOrders = p.sources().contains(ECOMMERCE) ? ecommerce(p, state, out) : List.of();
    if (p.sources().contains(WEB)) {
      web(p, out);
    }
    if (p.sources().contains(LOYALTY)) {
      storeAndLoyalty(p, state, webOrders, out);
    }
    if (p.sources().contains(CALLCENTER)) {
      callcenter(p, state, out);
    }
    if (p.sources().contains(SOCIAL)) {
      times(1 + rnd.nextInt(4), from, now).forEach(t -> out.add(engagement.socialMention(p, t)));
    }
    if (p.sources().contains(MARKETING)) {
      marketing(p, state, out);
    }
    return out;
  }

  static String campaignId(Instant sent) {
    YearMonth month = YearMonth.from(sent.atZone(ZoneOffset.UTC));
    return "CMP-" + month + "-" + THEMES[month.getMonthValue() - 1];
  }

  private record Timed(Instant time, Order order) {
  }

  private List<Timed> ecommerce(SyntheticPerson p, PersonState state, List<TouchpointEvent> out) {
    Instant created = between(from, now.minus(Duration.ofDays(7)));
    out.add(commerce.accountCreated(p, created));
    int count = p.kind() == Kind.SPARSE ? 1 + rnd.nextInt(2) : 1 + rnd.nextInt(6);
    List<Timed> placed = new ArrayList<>();
    for (Instant t : times(count, created.plusSeconds(60), now)) {
      Order order = commerce.newWebOrder(p);
      out.add(commerce.webOrder(p, t, order));
      placed.add(new Timed(t, order));
      Instant returnedAt = t.plus(Duration.ofHours(48 + rnd.nextInt(18 * 24)));
      if (rnd.nextInt(100) < 12 && returnedAt.isBefore(now)) {
        out.add(commerce.webOrder(p, returnedAt, OrderFactory.returned(order)));
      } else {
        state.placed(order);
      }
    }
    return placed;
  }

  /** Every cookie of a known person logs in once, early in one of its sessions; anonymous cookies never do. */
  private void web(SyntheticPerson p, List<TouchpointEvent> out) {
    for (String cookie : p.accounts().cookieIds()) {
      List<Instant> sessions = times(1 + rnd.nextInt(4), between(from, now.minus(Duration.ofDays(1))),
          now.minus(Duration.ofHours(1)));
      int loginSession = p.kind() == Kind.ANONYMOUS ? -1 : rnd.nextInt(sessions.size());
      for (int s = 0; s < sessions.size(); s++) {
        Instant t = sessions.get(s);
        String sessionId = "S-" + Long.toHexString(rnd.nextLong() & Long.MAX_VALUE);
        int views = 1 + rnd.nextInt(5);
        for (int v = 0; v < views; v++) {
          out.add(engagement.pageView(cookie, t, sessionId, v == 0));
          if (s == loginSession && v == 0) {
            t = t.plusSeconds(5 + rnd.nextInt(60));
            out.add(engagement.login(p, cookie, t));
          }
          t = t.plusSeconds(20 + rnd.nextInt(160));
        }
      }
    }
  }

  /**
   * Till purchases and the points they earn. Members enrol before their first store visit; half of the web orders
   * after enrolment earn points too, and members who only use the app collect bonus points there.
   */
  private void storeAndLoyalty(SyntheticPerson p, PersonState state, List<Timed> webOrders,
      List<TouchpointEvent> out) {
    List<Instant> visits = p.sources().contains(POS) ? times(1 + rnd.nextInt(5), from, now) : List.of();
    Instant enrolled = visits.isEmpty() ? between(from, now.minus(Duration.ofDays(1)))
        : between(max(from, visits.get(0).minus(Duration.ofDays(30))), visits.get(0));
    out.add(commerce.pointsEarned(p, enrolled, WELCOME_POINTS, state.earn(WELCOME_POINTS), true, visits.isEmpty()));
    for (Instant visit : visits) {
      Order order = commerce.newStoreOrder(p);
      out.add(commerce.storeOrder(p, visit, order));
      credit(p, state, visit.plusSeconds(60 + rnd.nextInt(240)), OrderFactory.points(order), true, out);
    }
    for (Timed web : webOrders) {
      if (web.time().isAfter(enrolled) && rnd.nextBoolean()) {
        credit(p, state, web.time().plus(Duration.ofHours(1)), OrderFactory.points(web.order()), false, out);
      }
    }
    if (visits.isEmpty() && webOrders.isEmpty()) {
      for (Instant t : times(1 + rnd.nextInt(3), enrolled.plusSeconds(3600), now)) {
        out.add(commerce.pointsEarned(p, t, 50, state.earn(50), false, false));
      }
    }
  }

  /** Points are credited a little after the purchase, so a purchase just before now earns them only later. */
  private void credit(SyntheticPerson p, PersonState state, Instant time, long points, boolean inStore,
      List<TouchpointEvent> out) {
    if (time.isBefore(now)) {
      out.add(commerce.pointsEarned(p, time, points, state.earn(points), false, inStore));
    }
  }

  private void callcenter(SyntheticPerson p, PersonState state, List<TouchpointEvent> out) {
    boolean askEmail = !p.sources().contains(CRM);
    for (Instant opened : times(1 + rnd.nextInt(3), from, now)) {
      Ticket ticket = engagement.newTicket();
      out.add(engagement.ticket(p, opened, ticket, false, askEmail));
      Instant closed = opened.plus(Duration.ofMinutes(60 + rnd.nextInt(6 * 24 * 60)));
      if (closed.isBefore(now)) {
        out.add(engagement.ticket(p, closed, ticket, true, askEmail));
      } else {
        state.opened(ticket);
      }
    }
  }

  /** A monthly campaign; a few subscribers withdraw e-mail consent and receive only SMS campaigns afterwards. */
  private void marketing(SyntheticPerson p, PersonState state, List<TouchpointEvent> out) {
    Instant withdrawn = rnd.nextInt(100) < 7 ? between(from, now) : null;
    if (withdrawn != null) {
      out.add(engagement.emailConsent(p, withdrawn, false));
      state.emailConsent(false);
    }
    YearMonth last = YearMonth.from(now.atZone(ZoneOffset.UTC));
    for (YearMonth m = YearMonth.from(from.atZone(ZoneOffset.UTC)); !m.isAfter(last); m = m.plusMonths(1)) {
      Instant sent = m.atDay(4).atTime(9, 0).toInstant(ZoneOffset.UTC).plusSeconds(rnd.nextInt(3 * 3600));
      boolean sms = rnd.nextInt(100) < 15;
      boolean blocked = !sms && withdrawn != null && sent.isAfter(withdrawn);
      if (sent.isBefore(from) || !sent.isBefore(now) || blocked || rnd.nextInt(10) >= 7) {
        continue;
      }
      String id = campaignId(sent);
      EngagementAction reached = EngagementAction.SENT;
      out.add(engagement.campaign(p, sent, id, reached, sms));
      Instant opened = sent.plusSeconds(600 + rnd.nextInt(3 * 24 * 3600));
      if (rnd.nextInt(100) < 45 && opened.isBefore(now)) {
        reached = EngagementAction.OPENED;
        out.add(engagement.campaign(p, opened, id, reached, sms));
        Instant clicked = opened.plusSeconds(30 + rnd.nextInt(1800));
        if (rnd.nextInt(100) < 35 && clicked.isBefore(now)) {
          reached = EngagementAction.CLICKED;
          out.add(engagement.campaign(p, clicked, id, reached, sms));
        }
      }
      state.engaged(new PersonState.Campaign(id, sms, reached));
    }
  }

  private List<Instant> times(int count, Instant lo, Instant hi) {
    List<Instant> times = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      times.add(between(lo, hi));
    }
    times.sort(null);
    return times;
  }

  /** Uniform in [lo, hi) to the second; lo itself when the interval is empty. */
  private Instant between(Instant lo, Instant hi) {
    long span = hi.getEpochSecond() - lo.getEpochSecond();
    return span <= 0 ? lo : Instant.ofEpochSecond(lo.getEpochSecond() + rnd.nextLong(span));
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
