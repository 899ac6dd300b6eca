package io.c360.identity.generate;

/** The slips of a person typing: a letter or digit replaced, dropped, doubled, or two swapped. */
final class Typos {
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    private Typos() {
    }

    /** One slip in a Latin-letter word; shorter words and other scripts are left alone. */
    static String inWord(String word, Draw draw) {
        if (word.length() < 4 || !isLatin(word)) {
            return word;
        }
        int at = draw.between(1, word.length() - 2);
        char letter = LETTERS.charAt(draw.below(LETTERS.length()));
        return slip(word, at, Character.isUpperCase(word.charAt(at)) ? Character.toUpperCase(letter) : letter, draw);
    }

    /** One wrong digit, or two adjacent digits swapped, in a string of digits. */
    static String inDigits(String digits, Draw draw) {
        return inDigits(digits, 0, draw);
    }

    /** As {@link #inDigits(String, Draw)}, leaving the first {@code keep} digits alone (a century is not mistyped). */
    static String inDigits(String digits, int keep, Draw draw) {
        int at = keep + draw.below(digits.length() - 1 - keep);
        if (draw.chance(0.5)) {
            return swap(digits, at);
        }
        char wrong = (char) ('0' + (digits.charAt(at) - '0' + draw.between(1, 9)) % 10);
        return digits.substring(0, at) + wrong + digits.substring(at + 1);
    }

    private static String slip(String word, int at, char letter, Draw draw) {
        return switch (draw.below(4)) {
            case 0 -> word.substring(0, at) + letter + word.substring(at + 1);
            case 1 -> word.substring(0, at) + word.substring(at + 1);
            case 2 -> word.substring(0, at) + word.charAt(at) + word.substring(at);
            default -> swap(word, at);
        };
    }

    private static String swap(String text, int at) {
        return text.substring(0, at) + text.charAt(at + 1) + text.charAt(at) + text.substring(at + 2);
    }

    static boolean isLatin(String text) {
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON) {
                return false;
            }
        }
        return true;
    }
}
