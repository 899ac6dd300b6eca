package io.c360.identity.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.c360.standardize.NameStandardizer;

/**
 * Groups of names that are one name written another way, one group a line: given names and their short forms
 * (Bob and Robert, Hans and Johannes: {@code identity/nicknames.txt}), and the romanisations sources use for one
 * Chinese, Korean, Japanese or Thai name (Zhang and Cheung, Lee and Yi, Shouta and Shota:
 * {@code identity/romanisations.txt}).
 */
public final class NameGroups {
    private static final String NICKNAMES = "/identity/nicknames.txt";
    private static final String ROMANISATIONS = "/identity/romanisations.txt";

    /** A name this long or longer may carry a typo and still be looked up (Raaymond is Raymond, so Ray). */
    static final int MIN_TYPO_LENGTH = 5;
    private static final int MEMO_CAPACITY = 100_000;

    private final Map<String, Set<Integer>> groupsByName;
    private final Map<Integer, Set<Character>> initialsByGroup = new HashMap<>();
    private final List<String> names;
    private final Map<Integer, String> firstByGroup = new HashMap<>();
    private final Memo nearest = new Memo(this::computeNearest, MEMO_CAPACITY);

    NameGroups(Map<String, Set<Integer>> groupsByName) {
        this.groupsByName = groupsByName;
        groupsByName.forEach((name, groups) -> groups.forEach(group ->
            initialsByGroup.computeIfAbsent(group, g -> new HashSet<>()).add(name.charAt(0))));
        this.names = groupsByName.keySet().stream().sorted().toList();
        for (String name : names) {
            groupsByName.get(name).forEach(group -> firstByGroup.putIfAbsent(group, name));
        }
    }

    public static NameGroups nicknames() {
        return load(NICKNAMES);
    }

    public static NameGroups romanisations() {
        return load(ROMANISATIONS);
    }

    private static NameGroups load(String resource) {
        try (InputStream in = NameGroups.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Set<Integer>> groups = new HashMap<>();
            int group = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String content = line.strip();
                if (content.isEmpty() || content.startsWith("#")) {
                    continue;
                }
                for (String name : content.split("\\s+")) {
                    groups.computeIfAbsent(NameStandardizer.matchKey(name), k -> new HashSet<>()).add(group);
                }
                group++;
            }
            return new NameGroups(groups);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** True when the two name keys (see {@link NameStandardizer#matchKey}) share a group. */
    public boolean equivalent(String keyA, String keyB) {
        Set<Integer> a = groupsByName.get(keyA);
        Set<Integer> b = groupsByName.get(keyB);
        if (a == null || b == null) {
            return false;
        }
        for (Integer group : a) {
            if (b.contains(group)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One spelling per group the name is in, for blocking: the alphabetically first name of the group (Cheung and
     * Zhang are both chang; Wong, in the groups of Wang and of Huang, is heng and huang); a name in no group is
     * itself.
     */
    public Set<String> spellings(String key) {
        Set<Integer> groups = groupsByName.get(key);
        if (groups == null) {
            return Set.of(key);
        }
        Set<String> spellings = new TreeSet<>();
        groups.forEach(group -> spellings.add(firstByGroup.get(group)));
        return spellings;
    }

    /** {@link #equivalent}, or so but for one typo in one of the names (Thoyas and Tom, Raaymond and Ray). */
    public boolean equivalentButForATypo(String keyA, String keyB) {
        return equivalent(keyA, keyB) || equivalent(nearest.apply(keyA), keyB) || equivalent(keyA, nearest.apply(keyB));
    }

    /** Whether a form of the name starts with the initial: M is Mandy, so it may be Amanda's. */
    public boolean hasFormWithInitial(String key, char initial) {
        Set<Integer> groups = groupsByName.getOrDefault(key, Set.of());
        return groups.stream().anyMatch(group -> initialsByGroup.get(group).contains(initial));
    }

    /** The first name of the table one typo away from the key, or "" when there is none or the key is short. */
    private String computeNearest(String key) {
        if (key.length() < MIN_TYPO_LENGTH || groupsByName.containsKey(key)) {
            return "";
        }
        for (String name : names) {
            if (Math.abs(name.length() - key.length()) <= 1 && Similarity.withinOneEdit(name, key)) {
                return name;
            }
        }
        return "";
    }
}
