package io.c360.profile.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.c360.standardize.NameStandardizer;

/**
 * What a search box string means: an e-mail (contains @), a phone (mostly digits), a customer id (c + hex),
 * or name words. The first word picks the index range to scan; the others must also appear in the name.
 */
public record SearchQuery(String prefix, List<String> otherWords) {
    public static final int MIN_LENGTH = 2;

    public static SearchQuery parse(String raw) {
        String q = raw == null ? "" : raw.strip();
        if (q.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("search needs at least " + MIN_LENGTH + " characters");
        }
        String lower = q.toLowerCase(Locale.ROOT);
        if (lower.contains("@")) {
            return new SearchQuery(SearchKeys.EMAIL + lower, List.of());
        }
        String digits = q.replaceAll("[\\s()+\\-./]", "");
        if (digits.length() >= 3 && digits.chars().allMatch(Character::isDigit)) {
            return new SearchQuery(SearchKeys.PHONE + digits.replaceFirst("^00|^0", ""), List.of());
        }
        if (lower.matches("c[0-9a-f]{3,}")) {
            return new SearchQuery(SearchKeys.ID + lower, List.of());
        }
        List<String> words = new ArrayList<>(Arrays.stream(q.split("\\s+")).map(NameStandardizer::matchKey)
            .filter(w -> !w.isEmpty()).toList());
        if (words.isEmpty()) {
            throw new IllegalArgumentException("'" + raw + "' has no letters or digits to search for");
        }
        return new SearchQuery(SearchKeys.NAME + words.remove(0), List.copyOf(words));
    }
}
