package io.c360.demo;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.c360.avro.Identifiers;
import io.c360.avro.PersonAttributes;
import io.c360.avro.TouchpointEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The test's own, deliberately naive reading of strong identifiers, independent of c360's standardisers: e-mail
 * trimmed and lower-cased, phone to E.164 with nothing but the event's own country as region hint. Strong are
 * e-mail, phone, CRM id, loyalty id and cookie id.
 */
final class StrongIdentifiers {

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  private StrongIdentifiers() {
  }

  static List<String> of(TouchpointEvent event) {
    Identifiers ids = event.getIdentifiers();
    List<String> keys = new ArrayList<>(5);
    if (ids.getEmail() != null) {
      keys.add("email:" + ids.getEmail().trim().toLowerCase(Locale.ROOT));
    }
    if (ids.getPhone() != null) {
      keys.add("phone:" + e164(ids.getPhone(), regionHint(event.getPerson())));
    }
    if (ids.getCrmId() != null) {
      keys.add("crm:" + ids.getCrmId());
    }
    if (ids.getLoyaltyId() != null) {
      keys.add("loyalty:" + ids.getLoyaltyId());
    }
    if (ids.getCookieId() != null) {
      keys.add("cookie:" + ids.getCookieId());
    }
    return keys;
  }

  /** The strong identifiers plus the per-source account ids, which must not be shared between people either. */
  static List<String> all(TouchpointEvent event) {
    Identifiers ids = event.getIdentifiers();
    List<String> keys = of(event);
    if (ids.getEcommerceId() != null) {
      keys.add("ecommerce:" + ids.getEcommerceId());
    }
    if (ids.getPosCustomerId() != null) {
      keys.add("pos:" + ids.getPosCustomerId());
    }
    if (ids.getDeviceId() != null) {
      keys.add("device:" + ids.getDeviceId());
    }
    if (ids.getSocialHandle() != null) {
      keys.add("social:" + ids.getSocialHandle());
    }
    return keys;
  }

  static String e164(String text, String region) {
    try {
      PhoneNumber number = PHONES.parse(text, region);
      if (!PHONES.isValidNumber(number)) {
        throw new AssertionError("Invalid phone number '" + text + "' read in region " + region);
      }
      return PHONES.format(number, PhoneNumberFormat.E164);
    } catch (NumberParseException e) {
      throw new AssertionError("Unparseable phone number '" + text + "' read in region " + region, e);
    }
  }

  private static String regionHint(PersonAttributes person) {
    if (person == null || person.getAddress() == null || person.getAddress().getCountry() == null) {
      return "ZZ";
    }
    String country = person.getAddress().getCountry();
    return country.length() == 2 ? country : "ZZ";
  }

  /** Union-find over identifier keys, one set per linked group of identifiers. */
  static final class Components {

    private final Map<String, String> parent = new HashMap<>();

    void link(List<String> keys) {
      for (String key : keys) {
        parent.putIfAbsent(key, key);
      }
      for (int i = 1; i < keys.size(); i++) {
        parent.put(root(keys.get(i)), root(keys.get(0)));
      }
    }

    String root(String key) {
      String current = key;
      while (!parent.get(current).equals(current)) {
        String grand = parent.get(parent.get(current));
        parent.put(current, grand);
        current = grand;
      }
      return current;
    }
  }
}
