package io.c360.privacy;

import java.util.LinkedHashSet;
import java.util.Set;

import io.c360.standardize.NameStandardizer;

/**
 * The words of a personal name as comparison tokens: letters only, lower case, accents folded
 * ({@code "Jean-Luc O'Brien"} → {@code jeanluc}, {@code obrien}). Surname particles and single letters are left
 * out: "van" or "J" alone says nothing about who a record is about.
 */
public final class NameTokens {
    private static final int MIN_LENGTH = 2;

    private NameTokens() {
    }

    public static Set<String> of(String name) {
        Set<String> tokens = new LinkedHashSet<>();
        if (name == null) {
            return tokens;
        }
        for (String word : name.split("[\\s\\p{Z},]+")) {
            token(word).ifPresent(tokens::add);
        }
        return tokens;
    }

    /** One word's token; empty for particles, initials and words without letters. */
    public static java.util.Optional<String> token(String word) {
        if (word.isEmpty() || NameStandardizer.isParticle(word)) {
            return java.util.Optional.empty();
        }
        String key = NameStandardizer.matchKey(word);
        return key.length() < MIN_LENGTH ? java.util.Optional.empty() : java.util.Optional.of(key);
    }
}
