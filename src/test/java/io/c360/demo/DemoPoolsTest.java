package io.c360.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.c360.demo.DemoPools.City;
import io.c360.demo.DemoPools.Culture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoPoolsTest {

  private final DemoPools pools = DemoPools.standard();

  @Test
  void namePoolIsVariedEnough() {
    long given = pools.cultures().stream().mapToLong(c -> c.male().size() + c.female().size()).sum();
    long family = pools.cultures().stream().mapToLong(c -> c.last().size()).sum();
    assertTrue(given >= 60, given + " given names");
    assertTrue(family >= 50, family + " family names");
    assertTrue(pools.cultures().size() >= 10);
  }

  @Test
  void everyCultureLivesInAKnownCountry() {
    for (Culture culture : pools.cultures()) {
      assertTrue(culture.weight() > 0, culture.id());
      culture.residence().forEach(iso -> assertTrue(pools.countries().containsKey(iso), culture.id() + " → " + iso));
    }
  }

  @Test
  void nicknamesBelongToNamesOfTheirCulture() {
    for (Culture culture : pools.cultures()) {
      List<String> given = new ArrayList<>(culture.male());
      given.addAll(culture.female());
      culture.nicknames().keySet().forEach(name -> assertTrue(given.contains(name), culture.id() + ": " + name));
    }
  }

  @Test
  void namesInOtherScriptsHaveARomanisation() {
    for (Culture culture : pools.cultures()) {
      List<String> names = new ArrayList<>(culture.male());
      names.addAll(culture.female());
      names.addAll(culture.last());
      for (String name : names) {
        String latin = culture.romanised(name);
        assertTrue(Spellings.isLatin(latin), culture.id() + ": " + name);
        assertFalse(Spellings.slug(latin).isEmpty(), culture.id() + ": " + name);
      }
    }
  }

  @Test
  void everyCityCanBeLivedIn() {
    pools.countries().forEach((iso, country) -> {
      assertEquals(2, iso.length());
      assertFalse(country.cities().isEmpty(), iso);
      for (City city : country.cities()) {
        assertFalse(city.postcodes().isEmpty(), city.name());
        assertFalse(city.streets().isEmpty(), city.name());
        assertEquals(iso.equals("US") || iso.equals("DE"), city.area() != null, city.name());
      }
    });
  }
}
