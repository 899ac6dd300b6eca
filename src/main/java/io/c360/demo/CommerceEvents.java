package io.c360.demo;

import static io.c360.demo.Envelopes.envelope;

import io.c360.avro.Channel;
import io.c360.avro.Identifiers;
import io.c360.avro.LoyaltyActivity;
import io.c360.avro.Order;
import io.c360.avro.OrderStatus;
import io.c360.avro.PersonAttributes;
import io.c360.avro.SourceSystem;
import io.c360.avro.TouchpointEvent;
import io.c360.demo.Spellings.PhoneText;
import io.c360.demo.SyntheticPerson.Accounts;
import java.time.Instant;
import java.util.Random;

/** Events of the systems where money changes hands: the web shop, the tills and the loyalty programme. */
final class CommerceEvents {

  private static final int STORES_PER_COUNTRY = 20;

  private final Random rnd;
  private final Spellings spell;
  private final DemoPools pools;
  private final OrderFactory orders;

  CommerceEvents(Random rnd, Spellings spell, DemoPools pools, OrderFactory orders) {
    this.rnd = rnd;
    this.spell = spell;
    this.pools = pools;
    this.orders = orders;
  }

  Order newWebOrder(SyntheticPerson p) {
    return orders.place("WEB", currency(p), null);
  }

  /** Most shoppers use the store in their own city; the rest were passing through another one. */
  Order newStoreOrder(SyntheticPerson p) {
    int store = rnd.nextInt(5) == 0 ? rnd.nextInt(STORES_PER_COUNTRY)
        : Math.floorMod(p.home().city().hashCode(), STORES_PER_COUNTRY);
    return orders.place("POS", currency(p), String.format("ST-%s-%02d", p.home().country(), store + 1));
  }

  /** The e-mail comes exactly as typed into the sign-up form, stray capitals and spaces included. */
  TouchpointEvent accountCreated(SyntheticPerson p, Instant time) {
    Channel channel = shopChannel(p);
    PersonAttributes.Builder person = PersonAttributes.newBuilder()
        .setFirstName(spell.formFirstName(p, SourceSystem.ECOMMERCE)).setLastName(p.name().last());
    if (rnd.nextBoolean()) {
      person.setBirthDate(spell.birthDate(p, false));
    }
    if (rnd.nextInt(10) < 7) {
      person.setAddress(spell.formAddress(p.home()));
    }
    return envelope(SourceSystem.ECOMMERCE, channel, EventTypes.ACCOUNT_CREATED, time)
        .setSourceRecordId(p.accounts().ecommerceId())
        .setIdentifiers(shopIds(p, channel).setEmail(spell.typedEmail(p.email())).build())
        .setPerson(person.build()).build();
  }

  /** A placement or, for an order marked returned, its return. */
  TouchpointEvent webOrder(SyntheticPerson p, Instant time, Order order) {
    Channel channel = shopChannel(p);
    String type = order.getStatus() == OrderStatus.RETURNED
        ? EventTypes.ORDER_RETURNED : EventTypes.ORDER_PLACED;
    return envelope(SourceSystem.ECOMMERCE, channel, type, time)
        .setSourceRecordId(p.accounts().ecommerceId())
        .setIdentifiers(shopIds(p, channel).setEmail(p.email()).build())
        .setPayload(order).build();
  }

  /**
   * The till knows the loyalty card; some cashiers also key in the phone number, typed the local way, so the event
   * then carries the country it must be read in.
   */
  TouchpointEvent storeOrder(SyntheticPerson p, Instant time, Order order) {
    Accounts accounts = p.accounts();
    Identifiers.Builder ids = Identifiers.newBuilder().setLoyaltyId(accounts.loyaltyId())
        .setPosCustomerId(accounts.posCustomerId());
    PersonAttributes person = null;
    if (rnd.nextInt(10) < 3) {
      PhoneText phone = spell.phone(p.phone(), true);
      ids.setPhone(phone.text());
      PersonAttributes.Builder till = PersonAttributes.newBuilder().setLastName(spell.tillLastName(p.name()));
      if (phone.regional()) {
        till.setAddress(Spellings.countryOnly(p.home()));
      }
      person = till.build();
    }
    return envelope(SourceSystem.POS, Channel.STORE, EventTypes.ORDER_PLACED, time)
        .setSourceRecordId(accounts.posCustomerId()).setIdentifiers(ids.build())
        .setPerson(person).setPayload(order).build();
  }

  /** Enrolment is the loyalty record's birth: the only loyalty event that asserts who the member is. */
  TouchpointEvent pointsEarned(SyntheticPerson p, Instant time, long points, long balance, boolean enrolment,
      boolean inStore) {
    Accounts accounts = p.accounts();
    boolean app = !inStore && accounts.deviceId() != null;
    Identifiers.Builder ids = Identifiers.newBuilder().setLoyaltyId(accounts.loyaltyId()).setEmail(p.email());
    if (app) {
      ids.setDeviceId(accounts.deviceId());
    }
    PersonAttributes person = null;
    if (enrolment) {
      person = PersonAttributes.newBuilder().setFirstName(spell.formFirstName(p, SourceSystem.LOYALTY))
          .setLastName(p.name().last()).setBirthDate(spell.birthDate(p, false))
          .setAddress(spell.formAddress(p.home())).build();
    }
    LoyaltyActivity activity = LoyaltyActivity.newBuilder().setPoints(points).setBalance(balance)
        .setTier(tier(balance)).build();
    return envelope(SourceSystem.LOYALTY, app ? Channel.APP : Channel.STORE, EventTypes.POINTS_EARNED, time)
        .setSourceRecordId(accounts.loyaltyId()).setIdentifiers(ids.build())
        .setPerson(person).setPayload(activity).build();
  }

  static String tier(long balance) {
    return balance < 1_000 ? "BRONZE" : balance < 5_000 ? "SILVER" : "GOLD";
  }

  private Channel shopChannel(SyntheticPerson p) {
    return p.accounts().deviceId() != null && rnd.nextInt(10) < 4 ? Channel.APP : Channel.WEB;
  }

  private static Identifiers.Builder shopIds(SyntheticPerson p, Channel channel) {
    Identifiers.Builder ids = Identifiers.newBuilder().setEcommerceId(p.accounts().ecommerceId());
    if (channel == Channel.APP) {
      ids.setDeviceId(p.accounts().deviceId());
    }
    return ids;
  }

  private String currency(SyntheticPerson p) {
    return pools.country(p.home().country()).currency();
  }
}
