package io.c360.http;

import java.util.Locale;

import io.c360.avro.CampaignEngagement;
import io.c360.avro.ConsentChange;
import io.c360.avro.CustomerMasterUpdate;
import io.c360.avro.LoyaltyActivity;
import io.c360.avro.Order;
import io.c360.avro.PageView;
import io.c360.avro.ServiceInteraction;
import io.c360.avro.SocialInteraction;
import io.c360.avro.TouchpointEvent;

/** One line a service agent can read at a glance, per kind of interaction. */
final class TimelineSummary {
    private TimelineSummary() {
    }

    static String of(TouchpointEvent event) {
        Object p = event.getPayload();
        if (p instanceof Order o) {
            return String.format(Locale.ROOT, "Order %s %s: %.2f %s, %d line(s)", o.getOrderId(),
                o.getStatus().name().toLowerCase(Locale.ROOT), o.getTotal(), o.getCurrency(), o.getLines().size());
        } else if (p instanceof PageView v) {
            return "Viewed " + v.getUrl() + (v.getCategory() == null ? "" : " (" + v.getCategory() + ")");
        } else if (p instanceof ServiceInteraction t) {
            return "Ticket " + t.getTicketId() + " " + t.getStatus().name().toLowerCase(Locale.ROOT)
                + (t.getTopic() == null ? "" : ": " + t.getTopic()) + (t.getComplaint() ? " (complaint)" : "");
        } else if (p instanceof SocialInteraction s) {
            return s.getKind() + " on " + s.getNetwork();
        } else if (p instanceof CampaignEngagement c) {
            return "Campaign " + c.getCampaignId() + " " + c.getAction().name().toLowerCase(Locale.ROOT);
        } else if (p instanceof ConsentChange c) {
            return (c.getGranted() ? "Granted " : "Withdrew ") + c.getPurpose()
                + (c.getConsentChannel() == null ? "" : " on " + c.getConsentChannel());
        } else if (p instanceof LoyaltyActivity l) {
            return (l.getPoints() >= 0 ? "Earned " : "Redeemed ") + Math.abs(l.getPoints()) + " points"
                + (l.getTier() == null ? "" : ", tier " + l.getTier());
        } else if (p instanceof CustomerMasterUpdate) {
            return "Customer record updated";
        }
        return event.getEventType().replace('_', ' ');
    }
}
