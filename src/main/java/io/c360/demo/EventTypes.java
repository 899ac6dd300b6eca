package io.c360.demo;

/** The event types the synthetic sources emit, as they appear in {@code TouchpointEvent.eventType}. */
public final class EventTypes {

  public static final String CUSTOMER_UPDATED = "customer_updated";
  public static final String ACCOUNT_CREATED = "account_created";
  public static final String ORDER_PLACED = "order_placed";
  public static final String ORDER_RETURNED = "order_returned";
  public static final String PAGE_VIEW = "page_view";
  public static final String LOGIN = "login";
  public static final String TICKET_OPENED = "ticket_opened";
  public static final String TICKET_CLOSED = "ticket_closed";
  public static final String SOCIAL_MENTION = "social_mention";
  public static final String CAMPAIGN_SENT = "campaign_sent";
  public static final String CAMPAIGN_OPEN = "campaign_open";
  public static final String CAMPAIGN_CLICK = "campaign_click";
  public static final String CONSENT_CHANGED = "consent_changed";
  public static final String POINTS_EARNED = "points_earned";

  private EventTypes() {
  }
}
