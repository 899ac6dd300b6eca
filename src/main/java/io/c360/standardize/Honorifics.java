package io.c360.standardize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Removes titles before and generational or academic suffixes after a name ("Prof. Dr. Anna Schmidt, PhD"). */
final class Honorifics {

    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev",
            "herr", "frau", "mme", "mlle", "sr", "sra", "srta");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "phd", "md", "esq");

    private Honorifics() {
    }

    /**
     * Strips titles at the start and suffixes at the end of each comma-separated part, so that
     * "SMITH, MR JOHN" and "John Smith, Jr." are handled alike; trailing parts made only of suffixes are dropped.
     * At least one word of every part survives, so a person really called "Frau" keeps her name.
     */
    static String strip(String cleanedName) {
        List<String> parts = Arrays.stream(cleanedName.split(","))
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .collect(Collectors.toCollection(ArrayList::new));
        while (parts.size() > 1 && allWords(parts.get(parts.size() - 1), SUFFIXES)) {
            parts.remove(parts.size() - 1);
        }
        return parts.stream().map(Honorifics::stripPart).collect(Collectors.joining(", "));
    }

    private static String stripPart(String part) {
        List<String> words = new ArrayList<>(List.of(part.split(" ")));
        while (words.size() > 1 && TITLES.contains(bare(words.get(0)))) {
            words.remove(0);
        }
        while (words.size() > 1 && SUFFIXES.contains(bare(words.get(words.size() - 1)))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    private static boolean allWords(String part, Set<String> vocabulary) {
        return Arrays.stream(part.split(" ")).map(Honorifics::bare).allMatch(vocabulary::contains);
    }

    /** "Ph.D." → "phd", "Mrs." → "mrs". */
    private static String bare(String word) {
        return word.replace(".", "").toLowerCase(Locale.ROOT);
    }
}
