package io.c360.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The name, place and product pools the demo data is drawn from, kept in {@code demo/pools.json} so that adding a
 * culture or a city is a data change, not a code change.
 */
record DemoPools(List<Culture> cultures, Map<String, Country> countries, List<Product> products) {

  static final String RESOURCE = "/demo/pools.json";

  DemoPools {
    cultures = List.copyOf(cultures);
    countries = Map.copyOf(countries);
    products = List.copyOf(products);
  }

  /** The bundled pools; parsed once, they are immutable. */
  static DemoPools standard() {
    return Holder.STANDARD;
  }

  static DemoPools read(InputStream in) throws IOException {
    return new ObjectMapper().readValue(in, DemoPools.class);
  }

  Country country(String iso) {
    Country country = countries.get(iso);
    if (country == null) {
      throw new IllegalStateException("No country '" + iso + "' in " + RESOURCE);
    }
    return country;
  }

  /**
   * A naming tradition: given names by gender, family names, familiar forms and, for scripts other than Latin, the
   * romanisation people use in e-mail addresses and when spelling their name to an agent.
   */
  record Culture(String id, int weight, List<String> residence, double middleNameShare, String language,
      boolean familyNameFirst, List<String> male, List<String> female, List<String> last,
      Map<String, String> nicknames, Map<String, String> latin) {

    Culture {
      nicknames = nicknames == null ? Map.of() : Map.copyOf(nicknames);
      latin = latin == null ? Map.of() : Map.copyOf(latin);
    }

    String romanised(String name) {
      return name == null ? null : latin.getOrDefault(name, name);
    }
  }

  /** How a country writes a street line; the postal conventions differ enough to matter for address matching. */
  enum AddressFormat { NUMBER_FIRST, NUMBER_LAST, NUMBER_LAST_COMMA, BLOCK }

  record Country(String currency, String language, AddressFormat addressFormat, List<City> cities) {
  }

  /** {@code area} is the trunk code the city's landline numbers start with, where the country's plan has one. */
  record City(String name, String region, String area, List<String> postcodes, List<String> streets) {
  }

  record Product(String sku, String name, String category, double price) {
  }

  private static final class Holder {
    static final DemoPools STANDARD = load();

    private static DemoPools load() {
      try (InputStream in = DemoPools.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("Missing classpath resource " + RESOURCE);
        }
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + RESOURCE, e);
      }
    }
  }
}
