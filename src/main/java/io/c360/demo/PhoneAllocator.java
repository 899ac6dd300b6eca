package io.c360.demo;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.c360.demo.SyntheticPerson.Phone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hands out a distinct phone number per person. Numbers come from one counter per numbering area, so no two people
 * ever share one (up to {@link #CAPACITY} per area), and libphonenumber accepts them as valid, so standardisation
 * keeps them. The UK and French drama ranges (07700 900xxx, 06 39 98 xx xx) are avoided: libphonenumber rejects them.
 */
final class PhoneAllocator {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final int CAPACITY = 100_000;
  /** Countries whose international call prefix is 00, so that "0044 …" reads back with the home region. */
  private static final Set<String> IDD_00 = Set.of("GB", "DE", "FR", "ES", "IT", "NL", "PL");

  private final Map<String, Integer> counters = new HashMap<>();

  Phone allocate(String region, String area) {
    String key = region + "/" + (area == null ? "" : area);
    int k = counters.merge(key, 1, Integer::sum) - 1;
    if (k >= CAPACITY) {
      throw new IllegalStateException("More than " + CAPACITY + " synthetic numbers for " + key);
    }
    return render(region, nationalNumber(region, area, k));
  }

  private static String nationalNumber(String region, String area, int k) {
    return switch (region) {
      case "GB" -> "7700" + (100_000 + k);
      case "US" -> area + usSubscriber(k);
      case "DE" -> area + "55" + String.format("%05d", k);
      case "FR", "NL" -> "655" + String.format("%06d", k);
      case "ES" -> "612" + String.format("%06d", k);
      case "IT" -> "3335" + String.format("%06d", k);
      case "PL" -> "512" + String.format("%06d", k);
      case "JP" -> "9055" + String.format("%06d", k);
      default -> throw new IllegalArgumentException("No numbering plan for region " + region);
    };
  }

  /** The first hundred per area are 555-01xx, the range reserved for fiction; later ones stay valid instead. */
  private static String usSubscriber(int k) {
    if (k < 100) {
      return "55501" + String.format("%02d", k);
    }
    int rest = k - 100;
    return (555 + rest / 9000) + String.valueOf(1000 + rest % 9000);
  }

  private static Phone render(String region, String national) {
    PhoneNumber number = new PhoneNumber()
        .setCountryCode(UTIL.getCountryCodeForRegion(region))
        .setNationalNumber(Long.parseLong(national));
    String international = UTIL.format(number, PhoneNumberFormat.INTERNATIONAL);
    String nationalText = UTIL.format(number, PhoneNumberFormat.NATIONAL);
    List<String> regional = new ArrayList<>(List.of(nationalText, nationalText.replaceAll("[^0-9]", "")));
    if (IDD_00.contains(region)) {
      regional.add("00" + international.substring(1));
    }
    if (region.equals("US")) {
      String digits = nationalText.replaceAll("[^0-9]", "");
      regional.add(digits.substring(0, 3) + "." + digits.substring(3, 6) + "." + digits.substring(6));
      regional.add("1-" + digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6));
    }
    String e164 = UTIL.format(number, PhoneNumberFormat.E164);
    return new Phone(region, e164, List.of(international, e164), regional);
  }
}
