package io.c360.demo;

import io.c360.avro.SourceSystem;
import io.c360.demo.DemoPools.City;
import io.c360.demo.DemoPools.Country;
import io.c360.demo.DemoPools.Culture;
import io.c360.demo.SyntheticPerson.Accounts;
import io.c360.demo.SyntheticPerson.Home;
import io.c360.demo.SyntheticPerson.Kind;
import io.c360.demo.SyntheticPerson.Name;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Creates the ground-truth people. E-mail addresses and social handles are de-duplicated as they are handed out,
 * because a shared strong identifier would make two people one for any deterministic matcher.
 */
final class PersonFactory {

  private static final String[] DOMAINS =
      {"example.com", "example.org", "example.net", "mail.example.com", "post.example.net"};
  private static final String[] NETWORKS = {"instagram", "x", "facebook", "tiktok"};

  private final Random rnd;
  private final DemoPools pools;
  private final PhoneAllocator phones = new PhoneAllocator();
  private final Set<String> emails = new HashSet<>();
  private final Set<String> handles = new HashSet<>();
  private final int cultureWeight;
  private long crmSeq = 100;
  private long loyaltySeq = 40_010_000;
  private long ecommerceSeq = 520_000;
  private long posSeq = 7_000_000;

  PersonFactory(Random rnd, DemoPools pools) {
    this.rnd = rnd;
    this.pools = pools;
    this.cultureWeight = pools.cultures().stream().mapToInt(Culture::weight).sum();
  }

  SyntheticPerson create(int index) {
    Kind kind = SourcePlan.kind(rnd);
    EnumSet<SourceSystem> sources = SourcePlan.sources(kind, rnd);
    Culture culture = culture();
    String region = pick(culture.residence());
    Country country = pools.country(region);
    City city = pick(country.cities());
    boolean female = rnd.nextBoolean();
    Name name = name(culture, female);
    LocalDate birthDate = LocalDate.of(1945, 1, 1).plusDays(rnd.nextInt(60 * 365));
    String language = culture.language() != null ? culture.language() : country.language();
    return new SyntheticPerson(String.format("P%06d", index), kind, name, birthDate, female ? "female" : "male",
        language, home(region, country, city), email(name, birthDate), phones.allocate(region, city.area()),
        accounts(name, sources, kind), sources);
  }

  private Culture culture() {
    int ticket = rnd.nextInt(cultureWeight);
    for (Culture culture : pools.cultures()) {
      ticket -= culture.weight();
      if (ticket < 0) {
        return culture;
      }
    }
    throw new IllegalStateException("Culture weights must be positive");
  }

  private Name name(Culture culture, boolean female) {
    List<String> given = female ? culture.female() : culture.male();
    String first = pick(given);
    String middle = null;
    if (rnd.nextDouble() < culture.middleNameShare()) {
      String candidate = pick(given);
      middle = candidate.equals(first) ? null : candidate;
    }
    String last = pick(culture.last());
    return new Name(first, middle, last, culture.nicknames().get(first), culture.romanised(first),
        culture.romanised(last), culture.familyNameFirst());
  }

  private Home home(String region, Country country, City city) {
    String street = pick(city.streets());
    int number = 1 + rnd.nextInt(180);
    String line = switch (country.addressFormat()) {
      case NUMBER_FIRST -> number + " " + street;
      case NUMBER_LAST -> street + " " + number;
      case NUMBER_LAST_COMMA -> street + ", " + number;
      case BLOCK -> street + number + "-" + (1 + rnd.nextInt(20));
    };
    return new Home(line, city.name(), pick(city.postcodes()), city.region(), region);
  }

  private String email(Name name, LocalDate birthDate) {
    String first = Spellings.slug(name.latinFirst());
    String last = Spellings.slug(name.latinLast());
    String familiar = name.nickname() == null ? first : Spellings.slug(name.nickname());
    String local = switch (rnd.nextInt(6)) {
      case 0, 1 -> first + "." + last;
      case 2 -> first.charAt(0) + last;
      case 3 -> first + "_" + last;
      case 4 -> familiar + String.format("%02d", birthDate.getYear() % 100);
      default -> last + "." + first;
    };
    return unique(emails, local, "@" + DOMAINS[rnd.nextInt(DOMAINS.length)]);
  }

  private Accounts accounts(Name name, Set<SourceSystem> sources, Kind kind) {
    // each source numbers its records in creation order, with the gaps that deleted and test records leave
    String crmId = sources.contains(SourceSystem.CRM) ? String.format("CRM-%06d", crmSeq += 1 + rnd.nextInt(4)) : null;
    String loyaltyId = sources.contains(SourceSystem.LOYALTY) ? "LOY-" + (loyaltySeq += 1 + rnd.nextInt(9)) : null;
    String ecommerceId = sources.contains(SourceSystem.ECOMMERCE) ? "WS" + (ecommerceSeq += 1 + rnd.nextInt(5)) : null;
    String posId = sources.contains(SourceSystem.POS) ? "K" + (posSeq += 1 + rnd.nextInt(3)) : null;
    List<String> cookies = new ArrayList<>();
    if (sources.contains(SourceSystem.WEB)) {
      int count = kind == Kind.ANONYMOUS ? 1 : 1 + rnd.nextInt(3);
      for (int i = 0; i < count; i++) {
        cookies.add(uuid().toString());
      }
    }
    boolean app = (sources.contains(SourceSystem.ECOMMERCE) || sources.contains(SourceSystem.LOYALTY))
        && rnd.nextBoolean();
    String deviceId = app ? uuid().toString().toUpperCase(Locale.ROOT) : null;
    String handle = null;
    String network = null;
    if (sources.contains(SourceSystem.SOCIAL)) {
      handle = handle(name);
      network = NETWORKS[rnd.nextInt(NETWORKS.length)];
    }
    return new Accounts(crmId, loyaltyId, ecommerceId, posId, cookies, deviceId, handle, network);
  }

  private String handle(Name name) {
    String first = Spellings.slug(name.latinFirst());
    String last = Spellings.slug(name.latinLast());
    String base = switch (rnd.nextInt(4)) {
      case 0 -> first + last;
      case 1 -> first + "_" + last;
      case 2 -> first + "." + last.charAt(0);
      default -> (name.nickname() == null ? first : Spellings.slug(name.nickname())) + "_" + last;
    };
    return unique(handles, "@" + base, "");
  }

  private UUID uuid() {
    long msb = (rnd.nextLong() & ~0xF000L) | 0x4000L;
    long lsb = (rnd.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb);
  }

  private static String unique(Set<String> taken, String stem, String suffix) {
    String candidate = stem + suffix;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = stem + n + suffix;
    }
    return candidate;
  }

  private <T> T pick(List<T> values) {
    return values.get(rnd.nextInt(values.size()));
  }
}
