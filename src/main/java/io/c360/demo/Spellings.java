package io.c360.demo;

import io.c360.avro.PostalAddress;
import io.c360.avro.SourceSystem;
import io.c360.demo.SyntheticPerson.Home;
import io.c360.demo.SyntheticPerson.Name;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * How the sources write the same person differently: familiar first names, shouting or lower-case free text, typos,
 * ASCII-only legacy systems, romanisation, family name first, e-mail addresses pasted with spaces, phone numbers in
 * national notation and four ways to write a birth date. This is what identity resolution has to see through.
 */
final class Spellings {

  private static final DateTimeFormatter SPELLED = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]");
  private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.uuuu");
  private static final List<String[]> STREET_ABBREVIATIONS = List.of(
      new String[] {"Street", "St"}, new String[] {"Road", "Rd"}, new String[] {"Avenue", "Ave"},
      new String[] {"straße", "str."}, new String[] {"Straße", "Str."}, new String[] {"boulevard", "bd"},
      new String[] {"avenue", "av."}, new String[] {"Calle", "C/"});

  /** A phone number as written; {@code regional} if reading it needs the region, as {@code 07700 …} does. */
  record PhoneText(String text, boolean regional) {
  }

  private final Random rnd;
  private final Map<String, String> formNames = new HashMap<>();

  Spellings(Random rnd) {
    this.rnd = rnd;
  }

  /**
   * A given name as typed into a source's sign-up form: often the familiar form, now and then with a slip of the
   * finger. A source stores what was typed once, so it repeats the same spelling on every later event.
   */
  String formFirstName(SyntheticPerson person, SourceSystem source) {
    return formNames.computeIfAbsent(person.personId() + "/" + source, key -> formFirstName(person.name()));
  }

  private String formFirstName(Name name) {
    double u = rnd.nextDouble();
    if (name.nickname() != null && u < 0.4) {
      return name.nickname();
    }
    return u > 0.9 ? typo(name.first()) : name.first();
  }

  /** A full name as an agent types it while the customer spells it on the phone. */
  String spokenFullName(Name name) {
    String first = isLatin(name.first()) ? name.first() : name.latinFirst();
    String last = isLatin(name.last()) ? name.last() : name.latinLast();
    return switch (rnd.nextInt(7)) {
      case 0 -> (first + " " + last).toLowerCase(Locale.ROOT);
      case 1 -> (first + " " + last).toUpperCase(Locale.ROOT);
      case 2 -> typo(first) + " " + last;
      case 3 -> (name.nickname() == null ? first : name.nickname()) + " " + last;
      case 4 -> name.middle() == null ? first + " " + last : first + " " + name.middle() + " " + last;
      case 5 -> name.familyNameFirst() ? last + " " + first : ascii(first + " " + last);
      default -> first + " " + last;
    };
  }

  /** A social display name: what people call themselves, not what their passport says. */
  String displayName(Name name) {
    String first = name.nickname() != null && rnd.nextBoolean() ? name.nickname() : name.first();
    if (!isLatin(name.first()) && rnd.nextBoolean()) {
      return name.last() + name.first();
    }
    return rnd.nextInt(3) == 0 ? first + " " + name.last().charAt(0) + "." : first + " " + name.last();
  }

  /** Till systems print names upper-case and often ASCII only. */
  String tillLastName(Name name) {
    return ascii(isLatin(name.last()) ? name.last() : name.latinLast()).toUpperCase(Locale.ROOT);
  }

  String typedEmail(String email) {
    return switch (rnd.nextInt(7)) {
      case 0 -> capitalised(email);
      case 1 -> " " + email + " ";
      case 2 -> email.toUpperCase(Locale.ROOT);
      case 3 -> capitalised(email) + " ";
      default -> email;
    };
  }

  PhoneText phone(SyntheticPerson.Phone phone, boolean allowRegional) {
    if (allowRegional && rnd.nextBoolean()) {
      return new PhoneText(pick(phone.regional()), true);
    }
    return new PhoneText(pick(phone.international()), false);
  }

  String birthDate(SyntheticPerson person, boolean isoOnly) {
    if (isoOnly) {
      return person.birthDate().toString();
    }
    return switch (rnd.nextInt(3)) {
      case 0 -> person.birthDate().format(DateTimeFormatter.BASIC_ISO_DATE);
      case 1 -> person.birthDate().format(SPELLED);
      default -> person.birthDate().format(DOTTED);
    };
  }

  PostalAddress masterAddress(Home home) {
    return PostalAddress.newBuilder().setStreet(home.street()).setCity(home.city()).setPostcode(home.postcode())
        .setRegion(home.region()).setCountry(home.country()).build();
  }

  /** An address typed into a web form: abbreviated street, country by name rather than code. */
  PostalAddress formAddress(Home home) {
    String street = home.street();
    if (rnd.nextBoolean()) {
      for (String[] abbreviation : STREET_ABBREVIATIONS) {
        street = street.replace(abbreviation[0], abbreviation[1]);
      }
    }
    String country = rnd.nextBoolean() ? countryName(home.country()) : home.country();
    return PostalAddress.newBuilder().setStreet(street).setCity(home.city()).setPostcode(home.postcode())
        .setCountry(country).build();
  }

  /** Just enough of the address to read a national phone number: the ISO country code. */
  static PostalAddress countryOnly(Home home) {
    return PostalAddress.newBuilder().setCountry(home.country()).build();
  }

  static String countryName(String iso) {
    return new Locale.Builder().setRegion(iso).build().getDisplayCountry(Locale.ENGLISH);
  }

  /** Lower-case ASCII letters and digits only: the shape of a name inside an e-mail address or handle. */
  static String slug(String name) {
    return NOT_SLUG.matcher(ascii(name).toLowerCase(Locale.ROOT)).replaceAll("");
  }

  /** Folds to ASCII the way legacy systems do: German umlauts become two letters, other accents are dropped. */
  static String ascii(String text) {
    String folded = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
        .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss")
        .replace("ł", "l").replace("Ł", "L");
    return MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
  }

  static boolean isLatin(String text) {
    return text.codePoints().allMatch(cp -> {
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.COMMON;
    });
  }

  /** Swaps two neighbouring letters, the commonest typing slip; names in other scripts are left alone. */
  String typo(String name) {
    if (!isLatin(name) || name.length() < 4) {
      return name;
    }
    int at = 1 + rnd.nextInt(name.length() - 2);
    char[] letters = name.toCharArray();
    if (letters[at] == letters[at + 1]) {
      letters[at + 1] = Character.toLowerCase(letters[at - 1]);
      return new String(letters);
    }
    char swap = letters[at];
    letters[at] = letters[at + 1];
    letters[at + 1] = swap;
    return new String(letters);
  }

  private static String capitalised(String email) {
    StringBuilder out = new StringBuilder(email.length());
    boolean start = true;
    for (char c : email.toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == '.' || c == '_' || c == '@';
    }
    return out.toString();
  }

  private <T> T pick(List<T> values) {
    return values.get(rnd.nextInt(values.size()));
  }
}
