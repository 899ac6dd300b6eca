package io.c360.identity.generate;

import java.util.ArrayList;
import java.util.List;

/** The cultures of {@code identity/generate/names.txt}, drawn by their weight. */
final class NamePools {
    private static final String RESOURCE = "/identity/generate/names.txt";

    private final List<Culture> cultures;
    private final int totalWeight;

    NamePools(List<Culture> cultures) {
        this.cultures = List.copyOf(cultures);
        this.totalWeight = cultures.stream().mapToInt(Culture::weight).sum();
    }

    static NamePools standard() {
        List<Culture> cultures = new ArrayList<>();
        Builder current = null;
        for (List<String> line : ResourceLines.read(RESOURCE)) {
            String kind = line.get(0);
            if (kind.equals("culture")) {
                if (line.size() != 4) {
                    throw ResourceLines.malformed(RESOURCE, line, "expected: culture ID WEIGHT COUNTRIES");
                }
                if (current != null) {
                    cultures.add(current.build());
                }
                current = new Builder(line.get(1), Integer.parseInt(line.get(2)), List.of(line.get(3).split(",")));
            } else if (current == null) {
                throw ResourceLines.malformed(RESOURCE, line, "names before the first culture");
            } else {
                current.add(kind, line.subList(1, line.size()), line);
            }
        }
        if (current != null) {
            cultures.add(current.build());
        }
        return new NamePools(cultures);
    }

    Culture draw(Draw draw) {
        int point = draw.below(totalWeight);
        for (Culture culture : cultures) {
            point -= culture.weight();
            if (point < 0) {
                return culture;
            }
        }
        throw new IllegalStateException("weights add up to " + totalWeight);
    }

    List<Culture> cultures() {
        return cultures;
    }

    private static final class Builder {
        private final String id;
        private final int weight;
        private final List<String> countries;
        private final List<Name> male = new ArrayList<>();
        private final List<Name> female = new ArrayList<>();
        private final List<Name> family = new ArrayList<>();

        Builder(String id, int weight, List<String> countries) {
            this.id = id;
            this.weight = weight;
            this.countries = countries;
        }

        void add(String kind, List<String> entries, List<String> line) {
            List<Name> target = switch (kind) {
                case "male" -> male;
                case "female" -> female;
                case "last" -> family;
                default -> throw ResourceLines.malformed(RESOURCE, line, "unknown kind '" + kind + "'");
            };
            entries.forEach(entry -> target.add(Name.parse(entry)));
        }

        Culture build() {
            if (male.isEmpty() || female.isEmpty() || family.isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": culture " + id + " needs male, female and last names");
            }
            return new Culture(id, weight, countries, List.copyOf(male), List.copyOf(female), List.copyOf(family));
        }
    }
}
