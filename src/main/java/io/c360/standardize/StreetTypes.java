package io.c360.standardize;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands street-type abbreviations to the full word, the one canonical form: "Main St." → "Main Street",
 * "Hauptstr. 5" → "Hauptstraße 5". The full word is the form people and postal services read without a
 * table, and it is the only form in which "St" (Saint or Street?) is never ambiguous.
 */
final class StreetTypes {

    private static final Map<String, String> EXPANSIONS = Map.ofEntries(
            Map.entry("st", "Street"), Map.entry("str", "Street"), Map.entry("rd", "Road"),
            Map.entry("ave", "Avenue"), Map.entry("av", "Avenue"), Map.entry("blvd", "Boulevard"),
            Map.entry("ln", "Lane"), Map.entry("ct", "Court"), Map.entry("pl", "Place"),
            Map.entry("sq", "Square"), Map.entry("hwy", "Highway"));
    private static final String DRIVE_ABBREVIATION = "dr";
    private static final String SAINT_OR_STREET = "st";
    private static final String GERMAN_STREET_ABBREVIATION = "str";

    /** An abbreviation with optional dot and the comma that may follow it: "St.," → ("St", ","). */
    private static final Pattern ABBREVIATED_WORD = Pattern.compile("(\\p{L}+)\\.?(,?)");
    /** A German compound ending in "str" or "str.": "Hauptstr." → "Hauptstraße". */
    private static final Pattern GERMAN_COMPOUND = Pattern.compile("(\\p{L}{2,}[sS])[tT][rR]\\.?(,?)");
    private static final Pattern STARTS_WITH_DIGIT = Pattern.compile("\\d.*");

    private StreetTypes() {
    }

    static String expand(String street) {
        String[] words = street.split(" ");
        int firstAlphabetic = firstAlphabetic(words);
        boolean numberAfterName = numberAfterName(words);
        for (int i = 0; i < words.length; i++) {
            words[i] = expandWord(words[i], i == firstAlphabetic, i == words.length - 1, numberAfterName);
        }
        return String.join(" ", words);
    }

    private static String expandWord(String word, boolean firstAlphabetic, boolean last, boolean numberAfterName) {
        Matcher compound = GERMAN_COMPOUND.matcher(word);
        if (compound.matches()) {
            return compound.group(1) + "traße" + compound.group(2);
        }
        Matcher abbreviated = ABBREVIATED_WORD.matcher(word);
        if (!abbreviated.matches()) {
            return word;
        }
        String abbreviation = abbreviated.group(1).toLowerCase(Locale.ROOT);
        String comma = abbreviated.group(2);
        if (abbreviation.equals(SAINT_OR_STREET) && firstAlphabetic) {
            return word;    // "12 St John's Road": St opening the name is Saint
        }
        if (abbreviation.equals(DRIVE_ABBREVIATION)) {
            return last ? "Drive" + comma : word;    // elsewhere Dr is Doctor: "Dr Martin Luther King Jr Drive"
        }
        if (abbreviation.equals(GERMAN_STREET_ABBREVIATION) && numberAfterName) {
            return "Straße" + comma;    // "Berliner Str. 5": the continental order tells it is German
        }
        String expansion = EXPANSIONS.get(abbreviation);
        return expansion == null ? word : expansion + comma;
    }

    private static int firstAlphabetic(String[] words) {
        for (int i = 0; i < words.length; i++) {
            if (Character.isLetter(words[i].codePointAt(0))) {
                return i;
            }
        }
        return -1;
    }

    /** "Berliner Str. 5" rather than "5 Main St": the house number follows the street name. */
    private static boolean numberAfterName(String[] words) {
        return !STARTS_WITH_DIGIT.matcher(words[0]).matches()
                && STARTS_WITH_DIGIT.matcher(words[words.length - 1]).matches();
    }
}
