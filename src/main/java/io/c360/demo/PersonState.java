package io.c360.demo;

import io.c360.avro.EngagementAction;
import io.c360.avro.Order;
import io.c360.demo.EngagementEvents.Ticket;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * What a person's sources remember between events, so that live events continue the history consistently: a return
 * refers to an order that was placed, a closed ticket was opened, the loyalty balance keeps adding up.
 */
final class PersonState {

  /** The campaign the person last received, and how far they engaged with it. */
  record Campaign(String id, boolean sms, EngagementAction reached) {
  }

  private final List<Order> returnable = new ArrayList<>();
  private final Deque<Ticket> openTickets = new ArrayDeque<>();
  private long loyaltyBalance;
  private boolean emailConsent = true;
  private Campaign lastCampaign;

  void placed(Order order) {
    returnable.add(order);
  }

  /** Removes and returns the oldest order not yet returned. */
  Optional<Order> takeReturnable() {
    return returnable.isEmpty() ? Optional.empty() : Optional.of(returnable.remove(0));
  }

  boolean returned(Order order) {
    return returnable.remove(order);
  }

  void opened(Ticket ticket) {
    openTickets.addLast(ticket);
  }

  Optional<Ticket> closeOldestTicket() {
    return Optional.ofNullable(openTickets.pollFirst());
  }

  /** @return the balance after earning */
  long earn(long points) {
    loyaltyBalance += points;
    return loyaltyBalance;
  }

  boolean emailConsent() {
    return emailConsent;
  }

  void emailConsent(boolean granted) {
    emailConsent = granted;
  }

  Optional<Campaign> lastCampaign() {
    return Optional.ofNullable(lastCampaign);
  }

  void engaged(Campaign campaign) {
    lastCampaign = campaign;
  }
}
