package io.c360.profile.sections;

import static io.c360.testing.Events.T0;
import static io.c360.testing.Events.event;
import static io.c360.testing.Events.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.c360.avro.CampaignEngagement;
import io.c360.avro.Channel;
import io.c360.avro.ConsentChange;
import io.c360.avro.CustomerProfile;
import io.c360.avro.EngagementAction;
import io.c360.avro.LoyaltyActivity;
import io.c360.avro.Order;
import io.c360.avro.OrderLine;
import io.c360.avro.OrderStatus;
import io.c360.avro.PageView;
import io.c360.avro.ServiceInteraction;
import io.c360.avro.SocialInteraction;
import io.c360.avro.SourceSystem;
import io.c360.avro.TicketStatus;
import io.c360.avro.TouchpointEvent;
import io.c360.profile.EventClock;
import io.c360.profile.ProfileSection;
import io.c360.profile.Profiles;
import org.junit.jupiter.api.Test;

/** Each section on its own: plain objects, no Kafka. */
class SectionsTest {
    private static final Duration GRACE = Duration.ofHours(24);

    private static CustomerProfile run(ProfileSection section, List<TouchpointEvent> events) {
        CustomerProfile p = Profiles.empty("c1", T0);
        Instant streamTime = T0;
        for (TouchpointEvent e : events) {
            streamTime = e.getEventTime().isAfter(streamTime) ? e.getEventTime() : streamTime;
            section.apply(p, e, new EventClock(streamTime, GRACE));
        }
        return p;
    }

    private static TouchpointEvent at(int minutes, Object payload) {
        return event("e" + minutes + "-" + payload.hashCode(), SourceSystem.OTHER, T0.plusSeconds(60L * minutes))
            .setIdentifiers(ids().setEmail("a@example.com").build()).setPayload(payload).setChannel(Channel.WEB).build();
    }

    private static Order order(String id, OrderStatus status, double price, int quantity, String category) {
        return Order.newBuilder().setOrderId(id).setStatus(status).setTotal(price * quantity).setLines(List.of(
            OrderLine.newBuilder().setSku("s").setUnitPrice(price).setQuantity(quantity).setCategory(category).build()))
            .build();
    }

    @Test
    void commerceKeepsRecentOrdersNewestFirstAndRevenueNetOfReturns() {
        CustomerProfile p = run(new CommerceSection(), List.of(
            at(0, order("o1", OrderStatus.PLACED, 10, 2, "shoes")),
            at(60 * 24 * 40, order("o2", OrderStatus.PLACED, 100, 1, "bags")),
            at(60, order("o3", OrderStatus.PLACED, 5, 3, "shoes")),
            at(60 * 24 * 41, order("o2", OrderStatus.RETURNED, 100, 1, "bags"))));
        var c = p.getCommerce();
        assertEquals(3, c.getOrderCount());
        assertEquals(1, c.getReturnedCount());
        assertEquals(35.0, c.getRevenue(), 1e-9);
        assertEquals(35.0 / 3, c.getAverageOrderValue(), 1e-9);
        assertEquals(List.of("o2", "o3", "o1"), c.getRecentOrders().stream().map(o -> o.getOrderId()).toList());
        assertEquals(OrderStatus.RETURNED, c.getRecentOrders().get(0).getStatus());
        assertEquals(List.of("shoes", "bags"), c.getFavouriteCategories());
        assertEquals(35.0, c.getMonthlyRevenue().get("2026-01"), 1e-9);
        assertEquals(0.0, c.getMonthlyRevenue().get("2026-02"), 1e-9);
        assertEquals(T0, c.getFirstPurchaseAt());
        assertEquals(3, c.getPurchaseDays().size());
    }

    @Test
    void serviceCountsTicketsOnceAndAveragesSatisfaction() {
        ServiceInteraction open = new ServiceInteraction("t1", TicketStatus.OPEN, "billing", true, null, null, null);
        ServiceInteraction pending = new ServiceInteraction("t1", TicketStatus.PENDING, "billing", true, null, null, null);
        ServiceInteraction closed = new ServiceInteraction("t1", TicketStatus.CLOSED, "billing", true, 2, null, null);
        ServiceInteraction other = new ServiceInteraction("t2", TicketStatus.OPEN, "delivery", false, null, null, null);
        CustomerProfile p = run(new ServiceSection(), List.of(at(0, open), at(5, pending), at(10, closed), at(20, other)));
        var s = p.getService();
        assertEquals(2, s.getTicketsOpened());
        assertEquals(1, s.getTicketsClosed());
        assertEquals(1, s.getComplaints());
        assertEquals(List.of("t2"), s.getOpenTickets());
        assertEquals(2.0, s.getAverageSatisfaction(), 1e-9);
        assertEquals("delivery", s.getLastTopic());
        CustomerProfile closedFirst = run(new ServiceSection(), List.of(at(10, closed), at(0, open)));
        assertEquals(List.of(), closedFirst.getService().getOpenTickets(), "a close that arrives first still closes");
        CustomerProfile opened = run(new ServiceSection(), List.of(at(0, open)));
        CustomerProfile closedElsewhere = run(new ServiceSection(), List.of(at(10, closed)));
        new ServiceSection().merge(opened, closedElsewhere);
        assertEquals(List.of(), opened.getService().getOpenTickets(), "closed in another source record");
        assertEquals(Channel.WEB, s.getLastContactChannel());
    }

    @Test
    void marketingCountsPerCampaignAndChannel() {
        CustomerProfile p = run(new MarketingSection(), List.of(
            at(0, new CampaignEngagement("spring", EngagementAction.SENT, "email")),
            at(1, new CampaignEngagement("spring", EngagementAction.OPENED, "email")),
            at(2, new CampaignEngagement("spring", EngagementAction.CLICKED, "email")),
            at(3, new CampaignEngagement("flash", EngagementAction.SENT, "sms")),
            at(4, new CampaignEngagement("flash", EngagementAction.CONVERTED, "sms"))));
        var m = p.getMarketing();
        assertEquals(2, m.getTotals().getSent());
        assertEquals(1, m.getTotals().getConverted());
        assertEquals(1, m.getByCampaign().get("spring").getClicked());
        assertEquals(1, m.getByChannel().get("sms").getConverted());
        assertEquals(T0.plusSeconds(240), m.getTotals().getLastAt());
    }

    @Test
    void pageViewsFormSessionsAndALateViewBridgesTwoSessions() {
        PageView view = new PageView("https://shop.example/p", "shoes", null, null);
        CustomerProfile p = run(new WebSection(), List.of(at(0, view), at(10, view), at(70, view)));
        assertEquals(2, p.getWeb().getSessions());
        CustomerProfile bridged = run(new WebSection(), List.of(at(0, view), at(10, view), at(70, view), at(40, view)));
        assertEquals(1, bridged.getWeb().getSessions(), "a late view at 40 min joins the sessions at 10 and 70");
        assertEquals(4, bridged.getWeb().getPageViews());
        assertEquals(4L, bridged.getWeb().getViewedCategories().get("shoes"));
        assertEquals(T0.plusSeconds(70 * 60), bridged.getWeb().getLastVisitAt());
    }

    @Test
    void aViewOlderThanTheGracePeriodCountsAsItsOwnSession() {
        PageView view = new PageView("https://shop.example/p", null, null, null);
        int twoDays = 60 * 48;
        CustomerProfile p = run(new WebSection(), List.of(at(0, view), at(twoDays, view), at(5, view)));
        assertEquals(3, p.getWeb().getSessions());
        assertEquals(1, p.getWeb().getRecentViewTimes().size(), "views beyond the grace period are not kept");
    }

    @Test
    void socialCountsMentionsPerNetworkWithMeanSentiment() {
        CustomerProfile p = run(new SocialSection(), List.of(
            at(0, new SocialInteraction("Instagram", "mention", 0.5, null)),
            at(1, new SocialInteraction("x", "like", -0.1, null))));
        assertEquals(2, p.getSocial().getInteractions());
        assertEquals(1, p.getSocial().getMentions());
        assertEquals(1L, p.getSocial().getByNetwork().get("instagram"));
        assertEquals(0.2, p.getSocial().getAverageSentiment(), 1e-9);
    }

    @Test
    void loyaltyKeepsTheNewestReportedBalanceAndTier() {
        CustomerProfile p = run(new LoyaltySection(), List.of(
            at(10, new LoyaltyActivity(100L, 600L, "SILVER")),
            at(0, new LoyaltyActivity(500L, 500L, "BRONZE")),
            at(20, new LoyaltyActivity(-200L, 400L, null))));
        var l = p.getLoyalty();
        assertEquals(400, l.getPointsBalance());
        assertEquals("SILVER", l.getTier());
        assertEquals(600, l.getPointsEarned());
        assertEquals(200, l.getPointsRedeemed());
        assertEquals(3, l.getHistory().size());
        assertEquals(T0.plusSeconds(1200), l.getHistory().get(0).getAt());
    }

    @Test
    void consentFollowsTheLatestDecisionAndPreferencesAreLearntFromResponses() {
        CustomerProfile p = run(new ConsentSection(), List.of(
            at(0, new ConsentChange("marketing", "phone", true)),
            at(30, new ConsentChange("marketing", "phone", false)),
            at(10, new ConsentChange("marketing", "phone", true)),
            at(60 * 9, new CampaignEngagement("c", EngagementAction.OPENED, "email")),
            at(60 * 9 + 5, new CampaignEngagement("c", EngagementAction.CLICKED, "email")),
            at(60 * 20, new CampaignEngagement("d", EngagementAction.OPENED, "sms"))));
        assertFalse(p.getConsents().get("marketing:phone").getGranted());
        assertTrue(p.getPreferences().getDoNotCall());
        assertEquals("email", p.getPreferences().getPreferredChannel());
        assertEquals(19, p.getPreferences().getBestContactHour(), "T0 is 10:00 UTC, so 9 hours later is 19:00");
        CustomerProfile none = run(new ConsentSection(), List.of());
        assertNull(none.getPreferences().getPreferredChannel());
        assertFalse(none.getPreferences().getDoNotCall());
    }
}
