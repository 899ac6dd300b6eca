package io.c360.demo;

import static io.c360.demo.Envelopes.envelope;

import io.c360.avro.CampaignEngagement;
import io.c360.avro.Channel;
import io.c360.avro.ConsentChange;
import io.c360.avro.CustomerMasterUpdate;
import io.c360.avro.EngagementAction;
import io.c360.avro.Identifiers;
import io.c360.avro.PageView;
import io.c360.avro.PersonAttributes;
import io.c360.avro.ServiceInteraction;
import io.c360.avro.SocialInteraction;
import io.c360.avro.SourceSystem;
import io.c360.avro.TicketStatus;
import io.c360.avro.TouchpointEvent;
import io.c360.demo.DemoPools.Product;
import io.c360.demo.Spellings.PhoneText;
import io.c360.demo.SyntheticPerson.Name;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Events of the systems that know the customer without selling: CRM, web analytics, call centre, social, marketing. */
final class EngagementEvents {

  /** A support case, remembered between its opening and its closing event. */
  record Ticket(String id, String topic, boolean complaint) {
  }

  private static final List<String> TOPICS =
      List.of("delivery_delay", "return_request", "product_question", "billing", "account_access", "damaged_item");
  private static final List<String> GRIEVANCES = List.of("delivery_delay", "billing", "damaged_item");
  private static final List<String> PRAISE = List.of("Loving my new %s!", "The %s is even better than expected.");
  private static final List<String> GRIPES =
      List.of("Still waiting for my %s. Not impressed.", "My %s broke after a week.");

  private final Random rnd;
  private final Spellings spell;
  private final List<Product> products;
  private long ticketSeq = 50_000;

  EngagementEvents(Random rnd, Spellings spell, List<Product> products) {
    this.rnd = rnd;
    this.spell = spell;
    this.products = List.copyOf(products);
  }

  /** The CRM is the master record: canonical spelling, ISO birth date and country code. */
  TouchpointEvent customerUpdated(SyntheticPerson p, Instant time) {
    Name name = p.name();
    PhoneText phone = spell.phone(p.phone(), true);
    PersonAttributes person = PersonAttributes.newBuilder().setFirstName(name.first()).setMiddleName(name.middle())
        .setLastName(name.last()).setBirthDate(spell.birthDate(p, true)).setGender(p.gender())
        .setLanguage(p.language()).setAddress(spell.masterAddress(p.home())).build();
    Identifiers ids = Identifiers.newBuilder().setCrmId(p.accounts().crmId()).setEmail(p.email())
        .setPhone(phone.text()).build();
    return envelope(SourceSystem.CRM, Channel.BACKOFFICE, EventTypes.CUSTOMER_UPDATED, time)
        .setSourceRecordId(p.accounts().crmId()).setIdentifiers(ids).setPerson(person)
        .setPayload(CustomerMasterUpdate.newBuilder().setStatus("active").build()).build();
  }

  TouchpointEvent pageView(String cookieId, Instant time, String sessionId, boolean landing) {
    Product product = products.get(rnd.nextInt(products.size()));
    PageView.Builder view = PageView.newBuilder().setSessionId(sessionId);
    switch (rnd.nextInt(4)) {
      case 0 -> view.setUrl("https://shop.example.com/").setCategory(null);
      case 1 -> view.setUrl("https://shop.example.com/c/" + product.category()).setCategory(product.category());
      default -> view.setUrl("https://shop.example.com/p/" + product.sku()).setCategory(product.category());
    }
    if (landing && rnd.nextBoolean()) {
      String query = product.name().replace(' ', '+').toLowerCase(Locale.ROOT);
      view.setReferrer("https://search.example.net/?q=" + query);
    }
    return envelope(SourceSystem.WEB, Channel.WEB, EventTypes.PAGE_VIEW, time)
        .setIdentifiers(Identifiers.newBuilder().setCookieId(cookieId).build()).setPayload(view.build()).build();
  }

  /** The moment an anonymous cookie becomes a known visitor. */
  TouchpointEvent login(SyntheticPerson p, String cookieId, Instant time) {
    Identifiers ids = Identifiers.newBuilder().setCookieId(cookieId).setEmail(spell.typedEmail(p.email())).build();
    return envelope(SourceSystem.WEB, Channel.WEB, EventTypes.LOGIN, time).setIdentifiers(ids).build();
  }

  Ticket newTicket() {
    String topic = TOPICS.get(rnd.nextInt(TOPICS.size()));
    boolean complaint = GRIEVANCES.contains(topic) && rnd.nextInt(10) < 6;
    return new Ticket("TCK-" + (ticketSeq += 1 + rnd.nextInt(40)), topic, complaint);
  }

  /**
   * The agent types the caller's number as heard and the name as spelled. Without a CRM record the agent also asks
   * for the e-mail address, which is what ties the call to the rest of the profile.
   */
  TouchpointEvent ticket(SyntheticPerson p, Instant time, Ticket ticket, boolean closing, boolean askEmail) {
    PhoneText phone = spell.phone(p.phone(), true);
    Identifiers.Builder ids = Identifiers.newBuilder().setPhone(phone.text());
    if (askEmail) {
      ids.setEmail(spell.typedEmail(p.email()));
    }
    PersonAttributes.Builder person = PersonAttributes.newBuilder();
    if (!closing) {
      person.setFullName(spell.spokenFullName(p.name()));
    }
    if (phone.regional()) {
      person.setAddress(Spellings.countryOnly(p.home()));
    }
    ServiceInteraction.Builder interaction = ServiceInteraction.newBuilder().setTicketId(ticket.id())
        .setTopic(ticket.topic()).setComplaint(ticket.complaint())
        .setAgentId(String.format("AG-%03d", 1 + rnd.nextInt(60)))
        .setStatus(closing ? TicketStatus.CLOSED : TicketStatus.OPEN);
    if (closing && rnd.nextInt(10) < 7) {
      interaction.setSatisfaction(ticket.complaint() ? 1 + rnd.nextInt(3) : 3 + rnd.nextInt(3));
    }
    PersonAttributes attributes = closing && !phone.regional() ? null : person.build();
    return envelope(SourceSystem.CALLCENTER, Channel.PHONE,
        closing ? EventTypes.TICKET_CLOSED : EventTypes.TICKET_OPENED, time)
        .setIdentifiers(ids.build()).setPerson(attributes).setPayload(interaction.build()).build();
  }

  TouchpointEvent socialMention(SyntheticPerson p, Instant time) {
    Product product = products.get(rnd.nextInt(products.size()));
    boolean happy = rnd.nextInt(10) < 7;
    List<String> texts = happy ? PRAISE : GRIPES;
    double sentiment = happy ? 0.3 + 0.7 * rnd.nextDouble() : -1 + 0.7 * rnd.nextDouble();
    SocialInteraction mention = SocialInteraction.newBuilder().setNetwork(p.accounts().socialNetwork())
        .setKind(rnd.nextInt(4) == 0 ? "comment" : "mention")
        .setSentiment(Math.round(sentiment * 100) / 100.0)
        .setText(String.format(texts.get(rnd.nextInt(texts.size())), product.name().toLowerCase(Locale.ROOT)))
        .build();
    PersonAttributes person = rnd.nextBoolean()
        ? PersonAttributes.newBuilder().setFullName(spell.displayName(p.name())).build() : null;
    Identifiers ids = Identifiers.newBuilder().setSocialHandle(p.accounts().socialHandle()).setEmail(p.email()).build();
    return envelope(SourceSystem.SOCIAL, Channel.SOCIAL, EventTypes.SOCIAL_MENTION, time)
        .setIdentifiers(ids).setPerson(person).setPayload(mention).build();
  }

  /** SMS campaigns address the number in E.164, as marketing platforms store it, next to the subscriber's e-mail. */
  TouchpointEvent campaign(SyntheticPerson p, Instant time, String campaignId, EngagementAction action, boolean sms) {
    Identifiers.Builder ids = Identifiers.newBuilder().setEmail(p.email());
    if (sms) {
      ids.setPhone(p.phone().e164());
    }
    PersonAttributes person = action == EngagementAction.SENT && rnd.nextInt(10) < 3
        ? PersonAttributes.newBuilder().setFirstName(spell.formFirstName(p, SourceSystem.MARKETING)).build() : null;
    String type = switch (action) {
      case OPENED -> EventTypes.CAMPAIGN_OPEN;
      case CLICKED -> EventTypes.CAMPAIGN_CLICK;
      default -> EventTypes.CAMPAIGN_SENT;
    };
    CampaignEngagement engagement = CampaignEngagement.newBuilder().setCampaignId(campaignId).setAction(action)
        .setCampaignChannel(sms ? "sms" : "email").build();
    return envelope(SourceSystem.MARKETING, sms ? Channel.SMS : Channel.EMAIL, type, time)
        .setIdentifiers(ids.build()).setPerson(person).setPayload(engagement).build();
  }

  TouchpointEvent emailConsent(SyntheticPerson p, Instant time, boolean granted) {
    ConsentChange change = ConsentChange.newBuilder().setPurpose("marketing").setConsentChannel("email")
        .setGranted(granted).build();
    return envelope(SourceSystem.MARKETING, Channel.EMAIL, EventTypes.CONSENT_CHANGED, time)
        .setIdentifiers(Identifiers.newBuilder().setEmail(p.email()).build()).setPayload(change).build();
  }
}
