package io.c360.identity.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The countries of {@code identity/generate/places.txt}, by ISO code. */
final class Places {
    private static final String RESOURCE = "/identity/generate/places.txt";

    private final Map<String, Country> countries;

    Places(Map<String, Country> countries) {
        this.countries = Map.copyOf(countries);
    }

    static Places standard() {
        Map<String, Country> countries = new LinkedHashMap<>();
        Builder current = null;
        for (List<String> line : ResourceLines.read(RESOURCE)) {
            if (line.get(0).equals("country")) {
                if (line.size() != 7) {
                    throw ResourceLines.malformed(RESOURCE, line,
                        "expected: country CODE CALLING TRUNK MOBILE LANDLINE before|after");
                }
                if (current != null) {
                    countries.put(current.line.get(1), current.build());
                }
                current = new Builder(line);
            } else if (current == null) {
                throw ResourceLines.malformed(RESOURCE, line, "entries before the first country");
            } else {
                current.add(line);
            }
        }
        if (current != null) {
            countries.put(current.line.get(1), current.build());
        }
        return new Places(countries);
    }

    Country get(String code) {
        Country country = countries.get(code);
        if (country == null) {
            throw new IllegalStateException(RESOURCE + " has no country " + code + " (a culture lives there)");
        }
        return country;
    }

    private static final class Builder {
        private final List<String> line;
        private final List<Country.City> cities = new ArrayList<>();
        private final List<String> streets = new ArrayList<>();
        private final List<String> domains = new ArrayList<>();

        Builder(List<String> line) {
            this.line = line;
        }

        void add(List<String> entry) {
            List<String> values = entry.subList(1, entry.size());
            switch (entry.get(0)) {
                case "city" -> {
                    if (values.size() % 2 != 0) {
                        throw ResourceLines.malformed(RESOURCE, entry, "cities come as NAME POSTCODE-PATTERN pairs");
                    }
                    for (int i = 0; i < values.size(); i += 2) {
                        cities.add(new Country.City(values.get(i), values.get(i + 1)));
                    }
                }
                case "street" -> streets.addAll(values);
                case "domain" -> domains.addAll(values);
                default -> throw ResourceLines.malformed(RESOURCE, entry, "unknown kind '" + entry.get(0) + "'");
            }
        }

        Country build() {
            if (cities.isEmpty() || streets.isEmpty() || domains.isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": country " + line.get(1) + " needs cities, streets, domains");
            }
            String trunk = line.get(3).equals("-") ? "" : line.get(3);
            return new Country(line.get(1), line.get(2), trunk, line.get(4), line.get(5), line.get(6).equals("before"),
                List.copyOf(cities), List.copyOf(streets), List.copyOf(domains));
        }
    }
}
