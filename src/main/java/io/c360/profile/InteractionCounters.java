package io.c360.profile;

import io.c360.avro.CampaignEngagement;
import io.c360.avro.ConsentChange;
import io.c360.avro.ConsentState;
import io.c360.avro.CustomerProfile;
import io.c360.avro.InteractionSummary;
import io.c360.avro.LoyaltyActivity;
import io.c360.avro.Order;
import io.c360.avro.OrderStatus;
import io.c360.avro.OrderSummary;
import io.c360.avro.PageView;
import io.c360.avro.ServiceInteraction;
import io.c360.avro.SocialInteraction;
import io.c360.avro.TicketStatus;
import io.c360.avro.TouchpointEvent;

/**
 * Updates the order and interaction summaries from an event's typed payload. An order counts when PLACED
 * and is taken back when RETURNED or CANCELLED; PAID and SHIPPED only move the order along.
 */
final class InteractionCounters {

    void count(CustomerProfile p, TouchpointEvent event) {
        InteractionSummary s = p.getInteractions();
        if (s.getLastContactAt() == null || !event.getEventTime().isBefore(s.getLastContactAt())) {
            s.setLastContactAt(event.getEventTime());
            s.setLastChannel(event.getChannel());
        }
        Object payload = event.getPayload();
        if (payload instanceof Order order) {
            countOrder(p.getOrders(), order, event);
        } else if (payload instanceof PageView) {
            s.setPageViews(s.getPageViews() + 1);
        } else if (payload instanceof ServiceInteraction ticket) {
            if (ticket.getStatus() == TicketStatus.OPEN) {
                s.setServiceTickets(s.getServiceTickets() + 1);
                if (ticket.getComplaint()) {
                    s.setComplaints(s.getComplaints() + 1);
                }
            }
        } else if (payload instanceof SocialInteraction) {
            s.setSocialInteractions(s.getSocialInteractions() + 1);
        } else if (payload instanceof CampaignEngagement) {
            s.setCampaignEvents(s.getCampaignEvents() + 1);
        } else if (payload instanceof LoyaltyActivity loyalty) {
            s.setLoyaltyPoints(loyalty.getBalance() != null ? loyalty.getBalance()
                : s.getLoyaltyPoints() + loyalty.getPoints());
        } else if (payload instanceof ConsentChange consent) {
            recordConsent(p, consent, event);
        }
    }

    private static void countOrder(OrderSummary orders, Order order, TouchpointEvent event) {
        if (orders.getCurrency() == null) {
            orders.setCurrency(order.getCurrency());
        }
        OrderStatus status = order.getStatus();
        if (status == OrderStatus.PLACED) {
            orders.setOrderCount(orders.getOrderCount() + 1);
            orders.setRevenue(orders.getRevenue() + order.getTotal());
            orders.setFirstOrderAt(ProfileAggregator.min(orders.getFirstOrderAt(), event.getEventTime()));
            orders.setLastOrderAt(ProfileAggregator.max(orders.getLastOrderAt(), event.getEventTime()));
        } else if (status == OrderStatus.RETURNED || status == OrderStatus.CANCELLED) {
            orders.setReturnedCount(orders.getReturnedCount() + 1);
            orders.setRevenue(orders.getRevenue() - order.getTotal());
        }
    }

    private static void recordConsent(CustomerProfile p, ConsentChange consent, TouchpointEvent event) {
        String key = consent.getConsentChannel() == null ? consent.getPurpose()
            : consent.getPurpose() + ":" + consent.getConsentChannel();
        ConsentState current = p.getConsents().get(key);
        if (current == null || !event.getEventTime().isBefore(current.getLineage().getEventTime())) {
            p.getConsents().put(key, new ConsentState(consent.getGranted(), EventAttributes.lineageOf(event)));
        }
    }
}
