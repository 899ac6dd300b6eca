package io.c360.demo;

import io.c360.avro.EngagementAction;
import io.c360.avro.Order;
import io.c360.avro.SourceSystem;
import io.c360.avro.TouchpointEvent;
import io.c360.demo.EngagementEvents.Ticket;
import io.c360.demo.PersonState.Campaign;
import io.c360.demo.SyntheticPerson.Kind;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * One more event for a person, continuing their history: returns refer to open orders, closings to open tickets,
 * opens and clicks to the last campaign. Busy sources (web, shop, marketing) fire more often than the CRM.
 */
final class LiveEvents {

  private static final Map<SourceSystem, Integer> ACTIVITY = new EnumMap<>(Map.of(
      SourceSystem.WEB, 5, SourceSystem.ECOMMERCE, 3, SourceSystem.MARKETING, 3, SourceSystem.POS, 2,
      SourceSystem.LOYALTY, 1, SourceSystem.CALLCENTER, 1, SourceSystem.SOCIAL, 1, SourceSystem.CRM, 1));

  private final Random rnd;
  private final CommerceEvents commerce;
  private final EngagementEvents engagement;

  LiveEvents(Random rnd, CommerceEvents commerce, EngagementEvents engagement) {
    this.rnd = rnd;
    this.commerce = commerce;
    this.engagement = engagement;
  }

  TouchpointEvent next(SyntheticPerson p, PersonState state, Instant at) {
    return switch (source(p)) {
      case CRM -> engagement.customerUpdated(p, at);
      case ECOMMERCE -> ecommerce(p, state, at);
      case WEB -> web(p, at);
      case POS -> commerce.storeOrder(p, at, commerce.newStoreOrder(p));
      case LOYALTY -> {
        long points = 10 + rnd.nextInt(190);
        yield commerce.pointsEarned(p, at, points, state.earn(points), false, rnd.nextBoolean());
      }
      case CALLCENTER -> callcenter(p, state, at);
      case SOCIAL -> engagement.socialMention(p, at);
      case MARKETING -> marketing(p, state, at);
      case OTHER -> throw new IllegalStateException("No synthetic events for source OTHER");
    };
  }

  private SourceSystem source(SyntheticPerson p) {
    List<SourceSystem> sources = ACTIVITY.keySet().stream().filter(p.sources()::contains).toList();
    int ticket = rnd.nextInt(sources.stream().mapToInt(ACTIVITY::get).sum());
    for (SourceSystem source : sources) {
      ticket -= ACTIVITY.get(source);
      if (ticket < 0) {
        return source;
      }
    }
    throw new IllegalStateException(p.personId() + " has no source with synthetic events");
  }

  private TouchpointEvent ecommerce(SyntheticPerson p, PersonState state, Instant at) {
    if (rnd.nextInt(100) < 15) {
      Optional<Order> toReturn = state.takeReturnable();
      if (toReturn.isPresent()) {
        return commerce.webOrder(p, at, OrderFactory.returned(toReturn.get()));
      }
    }
    Order order = commerce.newWebOrder(p);
    state.placed(order);
    return commerce.webOrder(p, at, order);
  }

  private TouchpointEvent web(SyntheticPerson p, Instant at) {
    List<String> cookies = p.accounts().cookieIds();
    String cookie = cookies.get(rnd.nextInt(cookies.size()));
    if (p.kind() != Kind.ANONYMOUS && rnd.nextInt(100) < 15) {
      return engagement.login(p, cookie, at);
    }
    String session = "S-" + Long.toHexString(rnd.nextLong() & Long.MAX_VALUE);
    return engagement.pageView(cookie, at, session, rnd.nextBoolean());
  }

  private TouchpointEvent callcenter(SyntheticPerson p, PersonState state, Instant at) {
    boolean askEmail = !p.sources().contains(SourceSystem.CRM);
    if (rnd.nextInt(10) < 7) {
      Optional<Ticket> open = state.closeOldestTicket();
      if (open.isPresent()) {
        return engagement.ticket(p, at, open.get(), true, askEmail);
      }
    }
    Ticket ticket = engagement.newTicket();
    state.opened(ticket);
    return engagement.ticket(p, at, ticket, false, askEmail);
  }

  /** After withdrawing e-mail consent a subscriber gets only SMS, and now and then opts back in. */
  private TouchpointEvent marketing(SyntheticPerson p, PersonState state, Instant at) {
    if (!state.emailConsent() && rnd.nextInt(10) < 3) {
      state.emailConsent(true);
      return engagement.emailConsent(p, at, true);
    }
    if (state.emailConsent() && rnd.nextInt(100) < 2) {
      state.emailConsent(false);
      return engagement.emailConsent(p, at, false);
    }
    Optional<Campaign> last = state.lastCampaign();
    if (last.isPresent() && last.get().reached() != EngagementAction.CLICKED && rnd.nextInt(10) < 6) {
      Campaign campaign = last.get();
      EngagementAction next = campaign.reached() == EngagementAction.SENT
          ? EngagementAction.OPENED : EngagementAction.CLICKED;
      state.engaged(new Campaign(campaign.id(), campaign.sms(), next));
      return engagement.campaign(p, at, campaign.id(), next, campaign.sms());
    }
    boolean sms = !state.emailConsent() || rnd.nextInt(100) < 15;
    Campaign campaign = new Campaign(PersonHistory.campaignId(at), sms, EngagementAction.SENT);
    state.engaged(campaign);
    return engagement.campaign(p, at, campaign.id(), EngagementAction.SENT, sms);
  }
}
